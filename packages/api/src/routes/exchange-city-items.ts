import { pageQuerySchema } from "@alliance/core/cities";
import { createRoute } from "@hono/zod-openapi";
import { itemPageResponses } from "../http/exchange-responses.ts";
import { bearerSecurity } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { contributorOnly } from "../middleware/signed-in.ts";

/** `/me/city-items`: a contributor's city's items in every status. */
export const exchangeCityItemRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/me/city-items",
    tags: ["Exchange"],
    summary: "Your city's items in every status, most recently changed first",
    security: bearerSecurity,
    middleware: [contributorOnly] as const,
    request: { query: pageQuerySchema },
    responses: itemPageResponses,
  }),
  async (c) => c.json(await c.var.core.exchange.items.listMyCity(c.req.valid("query")), 200),
);
