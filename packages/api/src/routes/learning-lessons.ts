import {
  attemptResultSchema,
  learningLessonPathSchema,
  lessonPageSchema,
  quizAnswersSchema,
  scormRuntimeRecordSchema,
  scormRuntimeSchema,
} from "@alliance/core/learning";
import { createRoute } from "@hono/zod-openapi";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { json } from "../http/json.ts";
import { learner, progressResponse } from "../http/learning-responses.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

const lesson = "/me/courses/{courseId}/lessons/{lessonId}";

const SCORM =
  "Only on a SCORM lesson (409 `not-a-scorm-lesson` otherwise) of a course the caller is enrolled in. The ETag is the record's version, 0 before the first save (decision 0085).";

/** `/me/courses/{courseId}/lessons/{lessonId}…`: study a lesson, complete it, attempt a quiz, play a SCORM package. */
export const learningLessonRoutes = createRouter()
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
      responses: {
        200: progressResponse("Progress after it"),
        ...problems(400, 401, 404, 409, 503),
      },
    }),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      return c.json(await c.var.core.learning.completeLesson(courseId, lessonId), 200);
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
      return c.json(await c.var.core.learning.attemptQuiz(courseId, lessonId, answers), 201);
    },
  )
  .openapi(
    createRoute({
      ...learner,
      method: "get",
      path: `${lesson}/scorm`,
      summary: "What a SCORM lesson's package last saved for me, to resume it",
      description: SCORM,
      request: { params: learningLessonPathSchema },
      responses: {
        200: { description: "The run-time record", content: json(scormRuntimeRecordSchema) },
        ...problems(400, 401, 404, 409, 503),
      },
    }),
    async (c) => {
      const { courseId, lessonId } = c.req.valid("param");
      const record = await c.var.core.learning.scormRuntime(courseId, lessonId);
      c.header("Cache-Control", "private, no-cache");
      c.header("ETag", etag(record.version));
      return c.json(record, 200);
    },
  )
  .openapi(
    createRoute({
      ...learner,
      method: "put",
      path: `${lesson}/scorm`,
      summary: "Save what a SCORM lesson's package reports (status, score, location, suspend data)",
      description: `${SCORM} Within each standard's limits (400 naming the field); a stale version answers 412. A save that reports the lesson completed or passed completes it, and the course and its certificate as for any lesson; a lesson done stays done.`,
      request: {
        params: learningLessonPathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(scormRuntimeSchema) },
      },
      responses: {
        200: { description: "The record saved", content: json(scormRuntimeRecordSchema) },
        ...problems(400, 401, 404, 409, 412, 428, 503),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { courseId, lessonId } = c.req.valid("param");
        return c.var.core.learning.saveScormRuntime(
          courseId,
          lessonId,
          c.req.valid("json"),
          version,
        );
      }),
  );
