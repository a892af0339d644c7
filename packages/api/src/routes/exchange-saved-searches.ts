import {
  MAX_SAVED_SEARCHES,
  savedSearchCreateSchema,
  savedSearchListSchema,
  savedSearchPathSchema,
  savedSearchViewSchema,
} from "@alliance/core/exchange";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

/**
 * `/me/saved-searches`: a member's saved exchange searches (decision 0079). A newly
 * published item that one matches puts a `saved-search-match` in the member's inbox.
 */
export const exchangeSavedSearchRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/me/saved-searches",
      tags: ["Exchange"],
      summary: "Your saved exchange searches, newest first",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      responses: {
        200: { description: "Saved searches", content: json(savedSearchListSchema) },
        ...problems(401, 503),
      },
    }),
    async (c) => {
      const { savedSearches } = c.var.core.exchange;
      return c.json({ items: await savedSearches.list(), max: MAX_SAVED_SEARCHES }, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/me/saved-searches",
      tags: ["Exchange"],
      summary: "Save an exchange search",
      description:
        "`criteria` takes the exchange search's own query parameters (`GET /exchange/items`) but the page (`cursor`, `limit`), validated the same way. At most `max` a member: one more is 409 `too-many-saved-searches`.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { body: { required: true, content: json(savedSearchCreateSchema) } },
      responses: {
        201: { description: "The saved search", content: json(savedSearchViewSchema) },
        ...problems(400, 401, 409, 503),
      },
    }),
    async (c) => {
      const saved = await c.var.core.exchange.savedSearches.create(c.req.valid("json"));
      c.header("Location", `/api/me/saved-searches/${saved.savedSearchId}`);
      return c.json(saved, 201);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/me/saved-searches/{savedSearchId}",
      tags: ["Exchange"],
      summary: "Delete one of your saved searches",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: savedSearchPathSchema },
      responses: {
        204: { description: "Done (also when it was not there)" },
        ...problems(400, 401, 503),
      },
    }),
    async (c) => {
      await c.var.core.exchange.savedSearches.remove(c.req.valid("param").savedSearchId);
      return c.body(null, 204);
    },
  );
