import {
  observationListQuerySchema,
  observationPathSchema,
  observationReviewSchema,
} from "@alliance/core/signals";
import { createRoute } from "@hono/zod-openapi";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { jsonBody } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import {
  observationPageResponse,
  observationResponse,
  signalAccess,
} from "../http/signal-responses.ts";
import { adminOnly } from "../middleware/signed-in.ts";

/** `/signals/review-queue` and `/signals/observations/{observationId}/review`: administrators. */
export const signalReviewRoutes = createRouter()
  .openapi(
    createRoute({
      ...signalAccess,
      method: "get",
      path: "/signals/review-queue",
      summary: "Observations waiting for review, oldest month first (administrators)",
      middleware: [adminOnly] as const,
      request: { query: observationListQuerySchema },
      responses: { 200: observationPageResponse, ...problems(400, 401, 403, 503) },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-store");
      return c.json(await c.var.core.signals.queue(c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      ...signalAccess,
      method: "post",
      path: "/signals/observations/{observationId}/review",
      summary: "Approve a submitted observation, or send it back with a reason (administrators)",
      middleware: [adminOnly] as const,
      request: {
        params: observationPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(observationReviewSchema),
      },
      responses: {
        200: observationResponse("The observation, approved or sent back"),
        ...problems(400, 401, 403, 404, 409, 412, 428, 503),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.signals.review(c.req.valid("param").observationId, c.req.valid("json"), version),
      ),
  );
