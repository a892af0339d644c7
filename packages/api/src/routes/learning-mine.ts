import { myLearningSchema } from "@alliance/core/learning";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { learner } from "../http/learning-responses.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/** `/me/learning`: my courses in progress and completed. */
export const learningMineRoutes = createRouter().openapi(
  createRoute({
    ...learner,
    method: "get",
    path: "/me/learning",
    summary: "My learning: courses in progress and completed, with progress and certificates",
    responses: {
      200: { description: "Most recent first", content: json(myLearningSchema) },
      ...problems(401, 503),
    },
  }),
  async (c) => {
    c.header("Cache-Control", "private, no-cache");
    return c.json(await c.var.core.learning.mine(), 200);
  },
);
