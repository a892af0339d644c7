import {
  requestFormSchema,
  requestListQuerySchema,
  requestPageSchema,
  requestPathSchema,
} from "@alliance/core/exchange-requests";
import { createRoute } from "@hono/zod-openapi";
import { exchangeRequestTags, requestResponse } from "../http/exchange-request-responses.ts";
import { etag } from "../http/if-match.ts";
import { json, jsonBody } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

/** `/exchange-requests[/{requestId}]` and `/me/exchange-requests`: asking and reading. */
export const exchangeRequestRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange-requests",
      tags: exchangeRequestTags,
      summary: "Ask another member city for an exchange (contributors of an active member city)",
      description:
        "A call, a study visit, mentoring or material, on a theme, with a message and preferred dates. A city cannot ask itself; suspended and former members neither ask nor are asked. Five new requests per person per hour: the sixth is 429 with Retry-After.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { body: jsonBody(requestFormSchema) },
      responses: {
        201: requestResponse("The request, open"),
        ...problems(400, 401, 403, 409, 429, 503),
      },
    }),
    async (c) => {
      const request = await c.var.core.exchangeRequests.open(c.req.valid("json"));
      c.header("ETag", etag(request.version));
      return c.json(request, 201);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/exchange-requests/{requestId}",
      tags: exchangeRequestTags,
      summary:
        "A request with its log and what you may do with it (members of its two cities, administrators)",
      description: "Anyone else is told it does not exist (404).",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: requestPathSchema },
      responses: { 200: requestResponse("The request"), ...problems(400, 401, 404, 503) },
    }),
    async (c) => {
      const request = await c.var.core.exchangeRequests.get(c.req.valid("param").requestId);
      c.header("Cache-Control", "private, no-cache");
      c.header("ETag", etag(request.version));
      return c.json(request, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/me/exchange-requests",
      tags: exchangeRequestTags,
      summary: "My city's exchange requests, incoming or outgoing, newest first",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { query: requestListQuerySchema },
      responses: {
        200: { description: "A page of requests", content: json(requestPageSchema) },
        ...problems(400, 401, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.exchangeRequests.mine(c.req.valid("query")), 200);
    },
  );
