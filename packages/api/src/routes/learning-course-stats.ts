import { coursePathSchema } from "@alliance/core/academy";
import { courseStatsCsv, courseStatsQuerySchema, courseStatsSchema } from "@alliance/core/learning";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { authorOnly } from "../middleware/signed-in.ts";

/** `/courses/{courseId}/stats`: a course's figures for its trainers, as JSON or CSV. */
export const learningCourseStatsRoutes = createRouter().openapi(
  createRoute({
    tags: ["Learning"],
    security: bearerSecurity,
    middleware: [authorOnly],
    method: "get",
    path: "/courses/{courseId}/stats",
    summary:
      "A course's figures for its trainers: enrolment, activity, completion, funnel, quizzes",
    description: "`format=csv` answers the same figures as a CSV file.",
    request: { params: coursePathSchema, query: courseStatsQuerySchema },
    responses: {
      200: {
        description: "The figures",
        content: {
          ...json(courseStatsSchema),
          "text/csv": { schema: { type: "string" } },
        },
      },
      ...problems(400, 401, 403, 404, 503),
    },
  }),
  async (c) => {
    const { courseId } = c.req.valid("param");
    const stats = await c.var.core.learning.statistics.course(courseId);
    c.header("Cache-Control", "private, no-cache");
    if (c.req.valid("query").format === "csv") {
      c.header("Content-Type", "text/csv; charset=utf-8");
      c.header("Content-Disposition", `attachment; filename="course-${courseId}-figures.csv"`);
      return c.body(courseStatsCsv(stats), 200);
    }
    return c.json(stats, 200);
  },
);
