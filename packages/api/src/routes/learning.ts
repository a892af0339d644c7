import {
  attemptResultSchema,
  certificatePathSchema,
  certificateVerificationSchema,
  cityLearningStatsSchema,
  cityPathSchema,
  coursePathSchema,
  courseProgressSchema,
  courseStatsCsv,
  courseStatsQuerySchema,
  courseStatsSchema,
  learningLessonPathSchema,
  learningRecordSchema,
  lessonPageSchema,
  myLearningSchema,
  quizAnswersSchema,
} from "@alliance/core";
import { createRoute } from "@hono/zod-openapi";
import { authorOnly, signedIn } from "../middleware/signed-in.ts";
import { json } from "./course-responses.ts";
import { bearerSecurity, problems } from "./problems.ts";
import { createRouter } from "./router.ts";

const learner = { tags: ["Learning"], security: bearerSecurity, middleware: [signedIn] };
const enrolment = "/me/courses/{courseId}/enrolment";
const lesson = "/me/courses/{courseId}/lessons/{lessonId}";
const progress = (description: string) => ({
  description,
  content: json(courseProgressSchema),
});

/** Enrolment, progress, quizzes, certificates, and the figures trainers and cities see. */
export const learningRoutes = createRouter()
  .openapi(
    createRoute({
      ...learner,
      method: "get",
      path: "/me/learning-record",
      summary: "Download my whole learning record (JSON)",
      responses: {
        200: {
          description: "Profile, enrolments and progress, quiz attempts, certificates, bookmarks",
          content: json(learningRecordSchema),
        },
        ...problems(401, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-store");
      c.header("Content-Disposition", 'attachment; filename="learning-record.json"');
      return c.json(await c.var.core.learning.record.export(), 200);
    },
  )
  .openapi(
    createRoute({
      ...learner,
      method: "delete",
      path: "/me",
      summary: "Delete my account: personal data and progress; my certificates are revoked",
      responses: { 204: { description: "Deleted; sign out" }, ...problems(401, 503) },
    }),
    async (c) => {
      const { signOutFailure } = await c.var.core.learning.record.deleteAccount();
      if (signOutFailure) {
        // Deleting the sign-in revoked the refresh tokens anyway; worth knowing if it recurs.
        c.var.logger.warn("global sign-out failed; the account was deleted", { signOutFailure });
      }
      return c.body(null, 204);
    },
  )
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
  )
  .openapi(
    createRoute({
      ...learner,
      method: "get",
      path: lesson,
      summary: "A lesson of a course I follow, with my progress (quiz answers never included)",
      request: { params: learningLessonPathSchema },
      responses: {
        200: { description: "The lesson", content: json(lessonPageSchema) },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.learning.lesson(courseId, lessonId), 200);
    },
  )
  .openapi(
    createRoute({
      ...learner,
      method: "put",
      path: `${lesson}/completion`,
      summary: "Mark a text, document or video lesson done (idempotent)",
      description:
        "Quizzes are done by passing them (409 `quiz-completes-by-passing`). Completing the last required lesson completes the course and issues its certificate in the same transaction.",
      request: { params: learningLessonPathSchema },
      responses: { 200: progress("Progress after it"), ...problems(400, 401, 404, 409, 503) },
    }),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      return c.json(await c.var.core.learning.complete(courseId, lessonId), 200);
    },
  )
  .openapi(
    createRoute({
      ...learner,
      method: "post",
      path: `${lesson}/attempts`,
      summary: "Submit a quiz attempt: scored on the server, with feedback per question",
      description:
        "`answers` lists, for each question in order, the indexes of the chosen options. 409 `no-attempts-left` past the attempt limit, `quiz-passed` once passed.",
      request: {
        params: learningLessonPathSchema,
        body: { required: true, content: json(quizAnswersSchema) },
      },
      responses: {
        201: { description: "The scored attempt", content: json(attemptResultSchema) },
        ...problems(400, 401, 404, 409, 503),
      },
    }),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      const { answers } = c.req.valid("json");
      return c.json(await c.var.core.learning.attempt(courseId, lessonId, answers), 201);
    },
  )
  .openapi(
    createRoute({
      ...learner,
      method: "get",
      path: "/me/certificates/{code}",
      summary: "Download my certificate (PDF)",
      request: { params: certificatePathSchema },
      responses: {
        200: {
          description: "The certificate",
          content: { "application/pdf": { schema: { type: "string", format: "binary" } } },
        },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const { code } = c.req.valid("param");
      const { fileName, bytes } = await c.var.core.learning.certificates.pdf(code);
      c.header("Content-Type", "application/pdf");
      c.header("Content-Disposition", `attachment; filename="${fileName}"`);
      c.header("Cache-Control", "private, no-store");
      return c.body(bytes.buffer as ArrayBuffer, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/certificates/{code}",
      tags: ["Learning"],
      summary: "Verify a certificate: what it states, or that it was revoked",
      request: { params: certificatePathSchema },
      responses: {
        200: {
          description: "The certificate's statement",
          content: json(certificateVerificationSchema),
        },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const { code } = c.req.valid("param");
      return c.json(await c.var.core.learning.certificates.verify(code), 200);
    },
  )
  .openapi(
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
  )
  .openapi(
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
