import {
  attemptResultSchema,
  learningLessonPathSchema,
  lessonPageSchema,
  quizAnswersSchema,
} from "@alliance/core";
import { createRoute } from "@hono/zod-openapi";
import { json } from "../http/json.ts";
import { learner, progressResponse } from "../http/learning-responses.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

const lesson = "/me/courses/{courseId}/lessons/{lessonId}";

/** `/me/courses/{courseId}/lessons/{lessonId}…`: study a lesson, complete it, attempt a quiz. */
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
  );
