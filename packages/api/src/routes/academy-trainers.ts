import { trainerListSchema } from "@alliance/core/academy";
import { createRoute } from "@hono/zod-openapi";
import { authoring } from "../http/academy-responses.ts";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/** `/trainers`: whom a trainer may add as co-trainer. */
export const academyTrainerRoutes = createRouter().openapi(
  createRoute({
    ...authoring,
    method: "get",
    path: "/trainers",
    summary: "People who hold the trainer role, to add as co-trainers",
    responses: {
      200: { description: "By name", content: json(trainerListSchema) },
      ...problems(401, 403, 503),
    },
  }),
  async (c) => c.json({ items: await c.var.core.academy.drafts.trainers() }, 200),
);
