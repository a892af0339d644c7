import { itemPathSchema, reviewSchema } from "@alliance/core/exchange";
import { createRoute } from "@hono/zod-openapi";
import { itemChangeResponses } from "../http/exchange-responses.ts";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { json } from "../http/json.ts";
import { bearerSecurity } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly, signedIn } from "../middleware/signed-in.ts";

const transition = (action: "submit" | "archive", summary: string, description: string) =>
  createRoute({
    method: "post",
    path: `/exchange/items/{itemId}/${action}`,
    tags: ["Exchange"],
    summary,
    description,
    security: bearerSecurity,
    middleware: [signedIn] as const,
    request: { params: itemPathSchema, headers: ifMatchHeaders },
    responses: itemChangeResponses,
  });

/**
 * `/exchange/items/{itemId}/submit|archive|review|revision`: the moderation
 * workflow of an item and of a published item's pending revision.
 */
export const exchangeItemWorkflowRoutes = createRouter()
  .openapi(
    transition(
      "submit",
      "Submit for review",
      "A draft or an item with requested changes goes to the moderators; so does the pending revision of a published item.",
    ),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.exchange.items.submit(c.req.valid("param").itemId, version),
      ),
  )
  .openapi(
    transition(
      "archive",
      "Archive",
      "The item's city or an administrator takes it out of the exchange.",
    ),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.exchange.items.archive(c.req.valid("param").itemId, version),
      ),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange/items/{itemId}/review",
      tags: ["Exchange"],
      summary: "Approve, or request changes with a comment (administrators)",
      description:
        "For a submitted item, or a published item's submitted revision: approving a revision makes its text the published text.",
      security: bearerSecurity,
      middleware: [adminOnly] as const,
      request: {
        params: itemPathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(reviewSchema) },
      },
      responses: itemChangeResponses,
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.exchange.items.review(c.req.valid("param").itemId, c.req.valid("json"), version),
      ),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/exchange/items/{itemId}/revision",
      tags: ["Exchange"],
      summary: "Withdraw the pending changes to your city's published item",
      description: "The published text stays as it is; the withdrawal is logged.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: itemPathSchema, headers: ifMatchHeaders },
      responses: itemChangeResponses,
    }),
    (c) =>
      writeIfMatch(c, (version) =>
        c.var.core.exchange.items.withdrawRevision(c.req.valid("param").itemId, version),
      ),
  );
