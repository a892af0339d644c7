import { coursePathSchema, courseProgressSchema, myLearningSchema } from "@alliance/core";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const learner = { tags: ["Learning"], security: bearerSecurity, middleware: [signedIn] };
const enrolment = "/me/courses/{courseId}/enrolment";
const progress = (description: string) => ({
  description,
  content: json(courseProgressSchema),
});

/** `/me/learning` and `/me/courses/{courseId}/enrolment`: my courses, enrolling and leaving. */
export const learningEnrolmentRoutes = createRouter()
  .openapi(
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
  )
  .openapi(
    createRoute({
      ...learner,
      method: "put",
      path: enrolment,
      summary: "Enrol in a published course (again: progress is kept)",
      request: { params: coursePathSchema },
      responses: {
        200: progress("Already enrolled"),
        201: progress("Enrolled"),
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
      responses: { 200: progress("Per lesson"), ...problems(400, 401, 404, 503) },
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
