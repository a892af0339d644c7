import { searchPageSchema, searchQuerySchema } from "@alliance/core/exchange";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/**
 * `GET /exchange/items`: search and filter the published items, over the full-text index
 * (decision 0026). The one route that needs the search engine, so the search function
 * serves it and the API function does not (decision 0096); the whole app mounts it just
 * before exchange-items.ts, so the contract lists it where it always was.
 */
export const exchangeItemSearchRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/exchange/items",
    tags: ["Exchange"],
    summary: "Search and filter published items",
    description:
      "Any value within a facet (repeat the parameter or separate with commas), every facet, and every word of `q` in the title, summary, tags or city, in the item's own language or any of its translations. `language` counts and filters both. With `lang`, titles and summaries come in that language where a translation exists (`translatedFrom` names the original). Members also find members-only items.",
    request: { query: searchQuerySchema },
    responses: {
      200: { description: "A page of results", content: json(searchPageSchema) },
      ...problems(400, 401, 503),
    },
  }),
  async (c) => c.json(await c.var.core.exchange.search(c.req.valid("query")), 200),
);
