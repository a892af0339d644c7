import { pageQuerySchema } from "@alliance/core/cities";
import { createRoute } from "@hono/zod-openapi";
import { itemPageResponses } from "../http/exchange-responses.ts";
import { bearerSecurity } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly } from "../middleware/signed-in.ts";

/** `/admin/moderation`: what waits for an administrator's review. */
export const exchangeModerationQueueRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/admin/moderation",
    tags: ["Exchange", "Administration"],
    summary: "Items and revisions of published items waiting for review, oldest first",
    security: bearerSecurity,
    middleware: [adminOnly] as const,
    request: { query: pageQuerySchema },
    responses: itemPageResponses,
  }),
  async (c) => c.json(await c.var.core.exchange.moderationQueue(c.req.valid("query")), 200),
);
