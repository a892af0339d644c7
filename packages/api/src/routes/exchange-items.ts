import {
  itemCreateSchema,
  itemPatchSchema,
  itemPathSchema,
  itemReadQuerySchema,
  searchPageSchema,
  searchQuerySchema,
} from "@alliance/core";
import { createRoute } from "@hono/zod-openapi";
import { itemChangeResponses, itemResponse } from "../http/exchange-responses.ts";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { json } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { contributorOnly, signedIn } from "../middleware/signed-in.ts";

/** `/exchange/items` and `/exchange/items/{itemId}`: search, start, read and edit items. */
export const exchangeItemRoutes = createRouter()
  .openapi(
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
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange/items",
      tags: ["Exchange"],
      summary: "Start a draft for your city",
      security: bearerSecurity,
      middleware: [contributorOnly] as const,
      request: { body: { required: true, content: json(itemCreateSchema) } },
      responses: { 201: itemResponse("The new draft"), ...problems(400, 401, 403, 503) },
    }),
    async (c) => {
      const item = await c.var.core.exchange.items.create(c.req.valid("json"));
      c.header("ETag", etag(item.version));
      c.header("Location", `/api/exchange/items/${item.itemId}`);
      return c.json(item, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/exchange/items/{itemId}",
      tags: ["Exchange"],
      summary: "One item",
      description:
        "Published items for everyone (members-only ones for members: a signed-out caller gets 401 `sign-in-required`); any status for the item's city and administrators, with the moderation log and the pending revision. Always the published text: with `lang`, its published translation into that language when there is one (`translatedFrom` then names the item's own language; ask again with `lang` set to it, or without `lang`, for the original). Contact details for members only. `actions` says what the caller may do.",
      request: { params: itemPathSchema, query: itemReadQuerySchema },
      responses: { 200: itemResponse("The item"), ...problems(400, 401, 404, 503) },
    }),
    async (c) => {
      const item = await c.var.core.exchange.items.get(
        c.req.valid("param").itemId,
        c.req.valid("query").lang,
      );
      c.header("ETag", etag(item.version));
      c.header("Cache-Control", "private, no-cache");
      return c.json(item, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/exchange/items/{itemId}",
      tags: ["Exchange"],
      summary: "Edit your city's item",
      description:
        "A draft changes in place. A published item keeps its published text: the change is written to its pending revision, which goes live only once an administrator approves it.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: itemPathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(itemPatchSchema) },
      },
      responses: itemChangeResponses,
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { itemId } = c.req.valid("param");
        return c.var.core.exchange.items.update(itemId, c.req.valid("json"), version);
      }),
  );
