import { applicationPageSchema, applicationQueueQuerySchema } from "@alliance/core/membership";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { membershipTags } from "../http/membership-responses.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly } from "../middleware/signed-in.ts";

/** `/admin/membership-applications`: the administrators' queue of applications. */
export const membershipQueueRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/admin/membership-applications",
    tags: [...membershipTags, "Administration"],
    summary: "Applications in one state (or all), oldest first, a page at a time",
    security: bearerSecurity,
    middleware: [adminOnly] as const,
    request: { query: applicationQueueQuerySchema },
    responses: {
      200: { description: "A page of applications", content: json(applicationPageSchema) },
      ...problems(400, 401, 403, 503),
    },
  }),
  async (c) => {
    c.header("Cache-Control", "private, no-cache");
    return c.json(await c.var.core.membership.queue(c.req.valid("query")), 200);
  },
);
