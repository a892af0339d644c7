import { z } from "@hono/zod-openapi";

/** The problem+json schema, documented on every route's error responses. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    code: z.string(),
    instance: z.string(),
    requestId: z.string().optional(),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

const problemContent = { "application/problem+json": { schema: problemSchema } };

/** Documented error responses, by status. */
export function problems(...statuses: Array<400 | 401 | 403 | 404 | 409 | 412 | 428 | 429 | 503>) {
  const descriptions = {
    400: "Invalid input; `errors` names each failing field",
    401: "Missing, malformed, invalid or expired access token",
    403: "Signed in without the role this needs",
    404: "Not found (or not yours to see)",
    409: "Conflicts with the current state; `code` says how",
    412: "Stale edit: the If-Match version is not the current one",
    428: "If-Match header required",
    429: "Too many requests of this kind; retry after the Retry-After seconds",
    503: "The data store is busy; retry after the Retry-After seconds",
  } as const;
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { description: descriptions[status], content: problemContent },
    ]),
  );
}

export const bearerSecurity = [{ bearer: [] }];
