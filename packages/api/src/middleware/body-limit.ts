import type { MiddlewareHandler } from "hono";
import { bodyLimit } from "hono/body-limit";
import type { AppEnv } from "../env.ts";
import { problemResponse } from "./problem.ts";

/**
 * The largest request body the API reads: 3 MiB. The largest valid body is a
 * quiz lesson at every maximum (50 questions of 10 options), about 2.4 MB when
 * every character takes 3 bytes in UTF-8 (Georgian, say); body-limit.test.ts
 * recomputes that bound from the OpenAPI document. Lambda's own payload limit
 * is 6 MB, API Gateway's 10 MB.
 */
export const BODY_LIMIT_BYTES = 3 * 1024 * 1024;

/**
 * Refuses a larger body with 413 before anything parses it: at once when
 * Content-Length says so, else as soon as a streamed (chunked) body passes
 * the limit, without reading the rest.
 */
export const bodySizeLimit = (): MiddlewareHandler<AppEnv> =>
  bodyLimit({
    maxSize: BODY_LIMIT_BYTES,
    onError: (c) =>
      problemResponse(c, {
        status: 413,
        code: "body-too-large",
        message: "The request body is too large.",
        fields: [{ field: "body", message: `At most ${BODY_LIMIT_BYTES} bytes` }],
      }),
  });
