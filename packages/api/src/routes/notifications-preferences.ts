import { notificationPreferencesSchema } from "@alliance/core/notifications";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { ownNotifications } from "../http/notification-responses.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

const mine = {
  ...ownNotifications,
  path: "/me/notification-preferences" as const,
};

/** `/me/notification-preferences`: by e-mail immediately, in a daily digest, or not, per kind. */
export const notificationPreferenceRoutes = createRouter()
  .openapi(
    createRoute({
      ...mine,
      method: "get",
      summary: "How I get each kind of notification by e-mail",
      responses: {
        200: { description: "Every kind's choice", content: json(notificationPreferencesSchema) },
        ...problems(401, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.notifications.preferences(), 200);
    },
  )
  .openapi(
    createRoute({
      ...mine,
      method: "put",
      summary: "Choose how I get each kind by e-mail (every kind, each time)",
      description: "The inbox always has every notification; this is about e-mail only.",
      request: { body: { content: json(notificationPreferencesSchema), required: true } },
      responses: {
        200: { description: "The choices now", content: json(notificationPreferencesSchema) },
        ...problems(400, 401, 503),
      },
    }),
    async (c) => c.json(await c.var.core.notifications.setPreferences(c.req.valid("json")), 200),
  );
