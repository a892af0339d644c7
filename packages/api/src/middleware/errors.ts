import { dataFaultToVisibleError, isVisibleError, VisibleError } from "@alliance/core";
import type { ErrorHandler, NotFoundHandler } from "hono";
import { HTTPException } from "hono/http-exception";
import type { AppEnv } from "../env.ts";
import { INTERNAL_ERROR, problemResponse } from "./problem.ts";

const HTTP_KINDS: Partial<Record<number, VisibleError["kind"]>> = {
  400: "input",
  401: "unauthenticated",
  403: "forbidden",
  404: "not-found",
};

/**
 * The one error handler: a VisibleError becomes its status as problem+json; a
 * data-store fault the caller can retry becomes 503; anything else is logged
 * with the request id and answered as a generic 500 that leaks nothing.
 */
export const onError: ErrorHandler<AppEnv> = (error, c) => {
  if (isVisibleError(error)) return problemResponse(c, error);
  const httpKind = error instanceof HTTPException ? HTTP_KINDS[error.status] : undefined;
  if (httpKind) {
    // Hono's own client errors, such as a malformed JSON body.
    const fields = /JSON/i.test(error.message) ? [{ field: "body", message: error.message }] : [];
    return problemResponse(c, new VisibleError(httpKind, "invalid-request", error.message, fields));
  }
  const logger = c.get("logger");
  const fault = dataFaultToVisibleError(error);
  if (fault) {
    logger?.warn("data store unavailable after retries", { error });
    return problemResponse(c, fault);
  }
  logger?.error("unhandled error", { error });
  return problemResponse(c, INTERNAL_ERROR);
};

export const onNotFound: NotFoundHandler<AppEnv> = (c) =>
  problemResponse(
    c,
    new VisibleError("not-found", "route-not-found", "There is nothing at this address."),
  );
