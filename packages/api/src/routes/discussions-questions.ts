import {
  acceptAnswerSchema,
  answerFormSchema,
  questionFormSchema,
  questionPathSchema,
} from "@alliance/core/discussions";
import { createRoute } from "@hono/zod-openapi";
import {
  answerResponse,
  discussionTags,
  newPostProblems,
  postChangeProblems,
  questionResponse,
} from "../http/discussion-responses.ts";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { jsonBody } from "../http/json.ts";
import { bearerSecurity } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

/** `/discussions/{subject}/questions/{questionId}[/accept|/answers]`: one question. */
export const discussionQuestionRoutes = createRouter()
  .openapi(
    createRoute({
      method: "patch",
      path: "/discussions/{subject}/questions/{questionId}",
      tags: discussionTags,
      summary: "Edit your question within 15 minutes of asking it (If-Match)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: questionPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(questionFormSchema),
      },
      responses: { 200: questionResponse("The question, edited"), ...postChangeProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { subject, questionId } = c.req.valid("param");
        return c.var.core.discussions.editQuestion(
          subject,
          questionId,
          c.req.valid("json"),
          version,
        );
      }),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/discussions/{subject}/questions/{questionId}/accept",
      tags: discussionTags,
      summary: "Mark the accepted answer, change it or take it away (the asker, administrators)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: questionPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(acceptAnswerSchema),
      },
      responses: {
        200: questionResponse("The question with its accepted answer"),
        ...postChangeProblems,
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { subject, questionId } = c.req.valid("param");
        return c.var.core.discussions.accept(subject, questionId, c.req.valid("json"), version);
      }),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/discussions/{subject}/questions/{questionId}/answers",
      tags: discussionTags,
      summary: "Answer a question (members)",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: questionPathSchema, body: jsonBody(answerFormSchema) },
      responses: { 201: answerResponse("The answer, as written"), ...newPostProblems },
    }),
    async (c) => {
      const { subject, questionId } = c.req.valid("param");
      const answer = await c.var.core.discussions.answer(subject, questionId, c.req.valid("json"));
      c.header("ETag", etag(answer.version));
      return c.json(answer, 201);
    },
  );
