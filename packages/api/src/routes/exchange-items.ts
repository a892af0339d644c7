import {
  itemCreateSchema,
  itemListSchema,
  itemPatchSchema,
  itemPathSchema,
  itemSchema,
  pageQuerySchema,
  reviewSchema,
  searchPageSchema,
  searchQuerySchema,
} from "@alliance/core";
import { createRoute } from "@hono/zod-openapi";
import { adminOnly, contributorOnly, signedIn } from "../middleware/signed-in.ts";
import { etag, ifMatchHeaders, parseIfMatch } from "./if-match.ts";
import { bearerSecurity, problems } from "./problems.ts";
import { createRouter } from "./router.ts";

const itemResponse = (description: string) => ({
  description,
  headers: { ETag: { schema: { type: "string" as const } } },
  content: { "application/json": { schema: itemSchema } },
});
const json = <T>(schema: T) => ({ "application/json": { schema } });
/** What every change to an existing item (edit, submit, review, archive) answers. */
const changeResponses = {
  200: itemResponse("The item"),
  ...problems(400, 401, 403, 404, 409, 412, 428, 503),
};
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
    responses: changeResponses,
  });

export const exchangeItemRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/exchange/items",
      tags: ["Exchange"],
      summary: "Search and filter published items",
      description:
        "Any value within a facet (repeat the parameter or separate with commas), every facet, and every word of `q` in the title, summary, tags or city. Members also find members-only items.",
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
        "Published items for everyone (members-only ones for members: a signed-out caller gets 401 `sign-in-required`); any status for the item's city and administrators, with the moderation log and the pending revision. Always the published text. Contact details for members only. `actions` says what the caller may do.",
      request: { params: itemPathSchema },
      responses: { 200: itemResponse("The item"), ...problems(400, 401, 404, 503) },
    }),
    async (c) => {
      const item = await c.var.core.exchange.items.get(c.req.valid("param").itemId);
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
      responses: changeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { itemId } = c.req.valid("param");
      const item = await c.var.core.exchange.items.update(itemId, c.req.valid("json"), version);
      c.header("ETag", etag(item.version));
      return c.json(item, 200);
    },
  )
  .openapi(
    transition(
      "submit",
      "Submit for review",
      "A draft or an item with requested changes goes to the moderators; so does the pending revision of a published item.",
    ),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const item = await c.var.core.exchange.items.submit(c.req.valid("param").itemId, version);
      c.header("ETag", etag(item.version));
      return c.json(item, 200);
    },
  )
  .openapi(
    transition(
      "archive",
      "Archive",
      "The item's city or an administrator takes it out of the exchange.",
    ),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const item = await c.var.core.exchange.items.archive(c.req.valid("param").itemId, version);
      c.header("ETag", etag(item.version));
      return c.json(item, 200);
    },
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
      responses: changeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { itemId } = c.req.valid("param");
      const item = await c.var.core.exchange.items.review(itemId, c.req.valid("json"), version);
      c.header("ETag", etag(item.version));
      return c.json(item, 200);
    },
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
      responses: changeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { itemId } = c.req.valid("param");
      const item = await c.var.core.exchange.items.withdrawRevision(itemId, version);
      c.header("ETag", etag(item.version));
      return c.json(item, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/city-items",
      tags: ["Exchange"],
      summary: "Your city's items in every status, most recently changed first",
      security: bearerSecurity,
      middleware: [contributorOnly] as const,
      request: { query: pageQuerySchema },
      responses: {
        200: { description: "A page of items", content: json(itemListSchema) },
        ...problems(400, 401, 403, 503),
      },
    }),
    async (c) => c.json(await c.var.core.exchange.items.listMyCity(c.req.valid("query")), 200),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/admin/moderation",
      tags: ["Exchange", "Administration"],
      summary: "Items and revisions of published items waiting for review, oldest first",
      security: bearerSecurity,
      middleware: [adminOnly] as const,
      request: { query: pageQuerySchema },
      responses: {
        200: { description: "A page of items", content: json(itemListSchema) },
        ...problems(400, 401, 403, 503),
      },
    }),
    async (c) => c.json(await c.var.core.exchange.moderationQueue(c.req.valid("query")), 200),
  );
