import type { FieldError, VisibleError } from "@alliance/core/kernel";
import type { Context } from "hono";
import type { ContentfulStatusCode } from "hono/utils/http-status";

/** RFC 9457 problem details, the body of every error response. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  instance: string;
  requestId?: string;
  errors?: FieldError[];
}

type ProblemSource = Pick<VisibleError, "status" | "code" | "message" | "fields"> &
  Partial<Pick<VisibleError, "retryAfterSeconds">>;

export const INTERNAL_ERROR: ProblemSource = {
  status: 500,
  code: "internal-error",
  message:
    "Something went wrong on our side. Please try again; if it persists, contact us with the request id.",
  fields: [],
};

/** How long a client should wait before retrying a 503 (a dependency busy or down). */
export const RETRY_AFTER_SECONDS = 2;

export function problemResponse(c: Context, error: ProblemSource): Response {
  const body: Problem = {
    type: `https://alliance-platform.eu/problems/${error.code}`,
    title: error.message,
    status: error.status,
    detail: error.message,
    code: error.code,
    instance: c.req.path,
    requestId: c.get("requestId"),
    ...(error.fields.length > 0 && { errors: error.fields }),
  };
  const retryAfter = error.status === 503 ? RETRY_AFTER_SECONDS : error.retryAfterSeconds;
  if (retryAfter !== undefined) c.header("Retry-After", String(retryAfter));
  if (error.status === 401) c.header("WWW-Authenticate", 'Bearer realm="api"');
  c.header("Cache-Control", "no-store");
  return c.body(JSON.stringify(body), error.status as ContentfulStatusCode, {
    "Content-Type": "application/problem+json",
  });
}
