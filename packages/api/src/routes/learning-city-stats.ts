import { cityPathSchema } from "@alliance/core/cities";
import { cityLearningStatsSchema } from "@alliance/core/learning";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { learner } from "../http/learning-responses.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/** `/cities/{cityId}/learning`: how a city's members learn, in aggregates only. */
export const learningCityStatsRoutes = createRouter().openapi(
  createRoute({
    ...learner,
    method: "get",
    path: "/cities/{cityId}/learning",
    summary: "How many of the city's members enrolled in and completed each course",
    request: { params: cityPathSchema },
    responses: {
      200: { description: "Aggregates only", content: json(cityLearningStatsSchema) },
      ...problems(400, 401, 403, 503),
    },
  }),
  async (c) => {
    const { cityId } = c.req.valid("param");
    c.header("Cache-Control", "private, no-cache");
    return c.json(await c.var.core.learning.statistics.city(cityId), 200);
  },
);
