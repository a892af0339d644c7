import {
  markedReadSchema,
  notificationListQuerySchema,
  notificationPageSchema,
  notificationPathSchema,
  notificationViewSchema,
  unreadCountSchema,
} from "@alliance/core/notifications";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { ownNotifications } from "../http/notification-responses.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

const mine = ownNotifications;

/** `/me/notifications`: each person's inbox (decision 0062). */
export const notificationRoutes = createRouter()
  .openapi(
    createRoute({
      ...mine,
      method: "get",
      path: "/me/notifications",
      summary: "My notifications, newest first, a page at a time",
      request: { query: notificationListQuerySchema },
      responses: {
        200: { description: "A page of notifications", content: json(notificationPageSchema) },
        ...problems(400, 401, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.notifications.list(c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      ...mine,
      method: "get",
      path: "/me/notifications/unread-count",
      summary: "How many of my notifications are unread (the bell's number)",
      responses: {
        200: { description: "The unread count", content: json(unreadCountSchema) },
        ...problems(401, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.notifications.unreadCount(), 200);
    },
  )
  .openapi(
    createRoute({
      ...mine,
      method: "post",
      path: "/me/notifications/read",
      summary: "Mark all my notifications read",
      responses: {
        200: { description: "How many were marked", content: json(markedReadSchema) },
        ...problems(401, 503),
      },
    }),
    async (c) => c.json(await c.var.core.notifications.markAllRead(), 200),
  )
  .openapi(
    createRoute({
      ...mine,
      method: "post",
      path: "/me/notifications/{notificationId}/read",
      summary: "Mark one of my notifications read (again: no change)",
      request: { params: notificationPathSchema },
      responses: {
        200: { description: "The notification", content: json(notificationViewSchema) },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) =>
      c.json(await c.var.core.notifications.markRead(c.req.valid("param").notificationId), 200),
  );
