import { itemPathSchema, itemSummarySchema } from "@alliance/core/exchange";
import { createRoute, z } from "@hono/zod-openapi";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const bookmarkRoute = (method: "put" | "delete", summary: string) =>
  createRoute({
    method,
    path: "/me/bookmarks/{itemId}",
    tags: ["Exchange"],
    summary,
    security: bearerSecurity,
    middleware: [signedIn] as const,
    request: { params: itemPathSchema },
    responses: {
      204: { description: "Done (also when it already was)" },
      ...problems(400, 401, 404, 503),
    },
  });

/** `/me/bookmarks`: the exchange items a member saved. */
export const exchangeBookmarkRoutes = createRouter()
  .openapi(bookmarkRoute("put", "Save a published item"), async (c) => {
    await c.var.core.exchange.bookmarks.save(c.req.valid("param").itemId);
    return c.body(null, 204);
  })
  .openapi(bookmarkRoute("delete", "Forget a saved item"), async (c) => {
    await c.var.core.exchange.bookmarks.remove(c.req.valid("param").itemId);
    return c.body(null, 204);
  })
  .openapi(
    createRoute({
      method: "get",
      path: "/me/bookmarks",
      tags: ["Exchange"],
      summary: "Your saved items that are still published, most recently saved first",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      responses: {
        200: {
          description: "Saved items",
          content: {
            "application/json": {
              schema: z.object({ items: z.array(itemSummarySchema) }).openapi("SavedItems"),
            },
          },
        },
        ...problems(401, 503),
      },
    }),
    async (c) => c.json({ items: await c.var.core.exchange.bookmarks.list() }, 200),
  );
