import { applicationSummarySchema } from "@alliance/core/membership";
import { createRoute, z } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { membershipTags } from "../http/membership-responses.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

/** `/me/membership-applications`: the applications I sent, newest first. */
export const membershipMineRoutes = createRouter().openapi(
  createRoute({
    method: "get",
    path: "/me/membership-applications",
    tags: membershipTags,
    summary: "My applications to join the alliance, newest first, with their state",
    security: bearerSecurity,
    middleware: [signedIn] as const,
    responses: {
      200: {
        description: "Newest first (a person sends only a few)",
        content: json(z.object({ items: z.array(applicationSummarySchema) })),
      },
      ...problems(401, 503),
    },
  }),
  async (c) => {
    c.header("Cache-Control", "private, no-cache");
    return c.json({ items: await c.var.core.membership.mine() }, 200);
  },
);
