import {
  messageFormSchema,
  messageModerationSchema,
  messagePageSchema,
  messagePathSchema,
  messageReportSchema,
  reportedMessagePageSchema,
  requestPathSchema,
} from "@alliance/core/exchange-requests";
import { pageQuerySchema } from "@alliance/core/web";
import { createRoute } from "@hono/zod-openapi";
import {
  exchangeRequestTags,
  messageResponse,
  requestStepProblems,
} from "../http/exchange-request-responses.ts";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { json, jsonBody } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly, signedIn } from "../middleware/signed-in.ts";

/** `/exchange-requests/{requestId}/messages…` and `/admin/exchange-request-reports`: the thread. */
export const exchangeRequestMessageRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/exchange-requests/{requestId}/messages",
      tags: exchangeRequestTags,
      summary:
        "The request's private thread, oldest first (members of its two cities, administrators)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: requestPathSchema, query: pageQuerySchema },
      responses: {
        200: { description: "A page of messages", content: json(messagePageSchema) },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(
        await c.var.core.exchangeRequests.thread.messages(
          c.req.valid("param").requestId,
          c.req.valid("query"),
        ),
        200,
      );
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange-requests/{requestId}/messages",
      tags: exchangeRequestTags,
      summary: "Write in the request's thread (members of its two cities)",
      description:
        "Plain text with links. Twenty messages per person per hour: the next is 429 with Retry-After.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: requestPathSchema, body: jsonBody(messageFormSchema) },
      responses: {
        201: messageResponse("The message, as posted"),
        ...problems(400, 401, 403, 404, 429, 503),
      },
    }),
    async (c) => {
      const message = await c.var.core.exchangeRequests.thread.post(
        c.req.valid("param").requestId,
        c.req.valid("json"),
      );
      c.header("ETag", etag(message.version));
      return c.json(message, 201);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/exchange-requests/{requestId}/messages/{messageId}",
      tags: exchangeRequestTags,
      summary: "Edit your message within 15 minutes of posting it (If-Match)",
      description: "Later: 409 `edit-window-closed`. Messages are never deleted.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: messagePathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(messageFormSchema),
      },
      responses: { 200: messageResponse("The message, edited"), ...requestStepProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { requestId, messageId } = c.req.valid("param");
        return c.var.core.exchangeRequests.thread.edit(
          requestId,
          messageId,
          c.req.valid("json"),
          version,
        );
      }),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange-requests/{requestId}/messages/{messageId}/report",
      tags: exchangeRequestTags,
      summary: "Report a message to the administrators, with a reason (readers of the thread)",
      description: "One report per person per message: a second is 409 `already-reported`.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: messagePathSchema, body: jsonBody(messageReportSchema) },
      responses: {
        204: { description: "Reported; the message is in the administrators' queue" },
        ...problems(400, 401, 404, 409, 503),
      },
    }),
    async (c) => {
      const { requestId, messageId } = c.req.valid("param");
      await c.var.core.exchangeRequests.thread.report(requestId, messageId, c.req.valid("json"));
      return c.body(null, 204);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/exchange-requests/{requestId}/messages/{messageId}/moderation",
      tags: [...exchangeRequestTags, "Administration"],
      summary: "Hide a message or restore it, with a reason (administrators, If-Match)",
      security: bearerSecurity,
      middleware: [adminOnly] as const,
      request: {
        params: messagePathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(messageModerationSchema),
      },
      responses: { 200: messageResponse("The message, moderated"), ...requestStepProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { requestId, messageId } = c.req.valid("param");
        return c.var.core.exchangeRequests.thread.moderate(
          requestId,
          messageId,
          c.req.valid("json"),
          version,
        );
      }),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/admin/exchange-request-reports",
      tags: [...exchangeRequestTags, "Administration"],
      summary:
        "Reported request messages nobody has decided on, oldest report first (administrators)",
      security: bearerSecurity,
      middleware: [adminOnly] as const,
      request: { query: pageQuerySchema },
      responses: {
        200: {
          description: "A page of reported messages",
          content: json(reportedMessagePageSchema),
        },
        ...problems(400, 401, 403, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.exchangeRequests.thread.queue(c.req.valid("query")), 200);
    },
  );
