import { dataFaultToVisibleError, isVisibleError, VisibleError } from "@alliance/core/kernel";
import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../env.ts";
import { publishMetrics } from "../metrics.ts";
import { INTERNAL_ERROR, problemResponse } from "./problem.ts";

/** Hono's own client errors: which field to blame, where one is. */
function httpExceptionProblem(error: HTTPException) {
  if (error.status === 415) {
    return {
      status: 415,
      code: "unsupported-media-type",
      message: "Send the body as JSON (Content-Type: application/json).",
      fields: [{ field: "Content-Type", message: "Expected application/json" }],
    };
  }
  const fields = /JSON/i.test(error.message) ? [{ field: "body", message: error.message }] : [];
  return { status: error.status, code: "invalid-request", message: error.message, fields };
}

/**
 * The one error handler: a VisibleError becomes its status as problem+json; a fault
 * of DynamoDB, S3, Cognito or the JWKS that the caller can retry becomes 503 with
 * Retry-After, logged as a warning (the request logger carries the request id);
 * anything else is logged as an error and answered as a generic 500 that leaks nothing.
 */
export const onError: ErrorHandler<AppEnv> = (error, c) => {
  const logger = c.get("logger");
  if (isVisibleError(error)) {
    if (error.status === 503) {
      logger?.warn("dependency unavailable", { code: error.code, error: error.cause });
    }
    return problemResponse(c, error);
  }
  if (error instanceof HTTPException && error.status >= 400 && error.status < 500) {
    return problemResponse(c, httpExceptionProblem(error));
  }
  const fault = dataFaultToVisibleError(error);
  if (fault) {
    logger?.warn("dependency unavailable after retries", { error });
    return problemResponse(c, fault);
  }
  logger?.error("unhandled error", { error });
  publishMetrics({
    service: "alliance-api",
    counts: { ServerErrors: 1 },
    properties: { correlationId: c.get("requestId") },
  });
  return problemResponse(c, INTERNAL_ERROR);
};

export const onNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(
    c,
    new VisibleError("not-found", "route-not-found", "There is nothing at this address."),
  );
