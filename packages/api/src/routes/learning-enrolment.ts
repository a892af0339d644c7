import { coursePathSchema } from "@alliance/core/academy";
import { createRoute } from "@hono/zod-openapi";
import { learner, progressResponse } from "../http/learning-responses.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

const enrolment = "/me/courses/{courseId}/enrolment";

/** `/me/courses/{courseId}/enrolment`: enrolling in a course, my progress in it, leaving it. */
export const learningEnrolmentRoutes = createRouter()
  .openapi(
    createRoute({
      ...learner,
      method: "put",
      path: enrolment,
      summary: "Enrol in a published course (again: progress is kept)",
      request: { params: coursePathSchema },
      responses: {
        200: progressResponse("Already enrolled"),
        201: progressResponse("Enrolled"),
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const result = await c.var.core.learning.enrol(c.req.valid("param").courseId);
      return c.json(result.progress, result.created ? 201 : 200);
    },
  )
  .openapi(
    createRoute({
      ...learner,
      method: "get",
      path: enrolment,
      summary: "My progress in one course",
      request: { params: coursePathSchema },
      responses: { 200: progressResponse("Per lesson"), ...problems(400, 401, 404, 503) },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.learning.progress(c.req.valid("param").courseId), 200);
    },
  )
  .openapi(
    createRoute({
      ...learner,
      method: "delete",
      path: enrolment,
      summary: "Leave a course in progress (a completed course stays in the record)",
      request: { params: coursePathSchema },
      responses: { 204: { description: "Left" }, ...problems(400, 401, 404, 409, 503) },
    }),
    async (c) => {
      await c.var.core.learning.leave(c.req.valid("param").courseId);
      return c.body(null, 204);
    },
  );
