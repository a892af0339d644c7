import { roleAssignmentSchema, userPathSchema, userRolesSchema } from "@alliance/core";
import { createRoute } from "@hono/zod-openapi";
import { adminOnly } from "../middleware/signed-in.ts";
import { bearerSecurity, problems } from "./problems.ts";
import { createRouter } from "./router.ts";

export const adminRoutes = createRouter().openapi(
  createRoute({
    method: "put",
    path: "/admin/users/{userId}/roles",
    tags: ["Administration"],
    summary: "Set a person's roles and the city a contributor publishes for",
    description:
      "Replaces the person's roles with exactly those given. A contributor needs a city. The change reaches their token at their next sign-in or token refresh.",
    security: bearerSecurity,
    middleware: [adminOnly] as const,
    request: {
      params: userPathSchema,
      body: { required: true, content: { "application/json": { schema: roleAssignmentSchema } } },
    },
    responses: {
      200: {
        description: "The roles now held",
        content: { "application/json": { schema: userRolesSchema } },
      },
      ...problems(400, 401, 403, 404, 409, 503),
    },
  }),
  async (c) => {
    const result = await c.var.core.roles.assign(c.req.valid("param").userId, c.req.valid("json"));
    return c.json(result, 200);
  },
);
