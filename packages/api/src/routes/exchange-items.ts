import {
  itemCreateSchema,
  itemPatchSchema,
  itemPathSchema,
  itemReadQuerySchema,
} from "@alliance/core/exchange";
import { createRoute } from "@hono/zod-openapi";
import { itemChangeResponses, itemResponse } from "../http/exchange-responses.ts";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { json } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { contributorOnly, signedIn } from "../middleware/signed-in.ts";

/**
 * `/exchange/items` and `/exchange/items/{itemId}`: start, read and edit items. Searching
 * them (`GET /exchange/items`) is exchange-item-search.ts, the search function's.
 */
export const exchangeItemRoutes = createRouter()
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
