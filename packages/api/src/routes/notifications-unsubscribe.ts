import { unsubscribedSchema, unsubscribePathSchema } from "@alliance/core/notifications";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/**
 * An e-mail's one-click unsubscribe (RFC 8058): mail clients POST
 * `List-Unsubscribe=One-Click` to the `List-Unsubscribe` address, without signing in.
 * The token names one person and one kind; nothing else can be changed with it.
 */
export const notificationUnsubscribeRoutes = createRouter().openapi(
  createRoute({
    method: "post",
    path: "/unsubscribe/{unsubscribeToken}",
    tags: ["Notifications"],
    summary: "Stop e-mails of one kind, from the link in one of them (no sign-in)",
    description: "The address is the credential. Idempotent; an unknown or expired address is 404.",
    request: { params: unsubscribePathSchema },
    responses: {
      200: { description: "That kind is off", content: json(unsubscribedSchema) },
      ...problems(400, 404, 503),
    },
  }),
  async (c) => {
    c.header("Cache-Control", "no-store");
    const { unsubscribeToken } = c.req.valid("param");
    return c.json(await c.var.core.notifications.unsubscribe(unsubscribeToken), 200);
  },
);
