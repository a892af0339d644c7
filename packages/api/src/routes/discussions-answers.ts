import { answerFormSchema, answerPathSchema } from "@alliance/core/discussions";
import { createRoute } from "@hono/zod-openapi";
import {
  answerResponse,
  discussionTags,
  postChangeProblems,
} from "../http/discussion-responses.ts";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { jsonBody } from "../http/json.ts";
import { bearerSecurity } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

/** `/discussions/{subject}/questions/{questionId}/answers/{answerId}`: one answer. */
export const discussionAnswerRoutes = createRouter().openapi(
  createRoute({
    method: "patch",
    path: "/discussions/{subject}/questions/{questionId}/answers/{answerId}",
    tags: discussionTags,
    summary: "Edit your answer within 15 minutes of writing it (If-Match)",
    security: bearerSecurity,
    middleware: [signedIn] as const,
    request: {
      params: answerPathSchema,
      headers: ifMatchHeaders,
      body: jsonBody(answerFormSchema),
    },
    responses: { 200: answerResponse("The answer, edited"), ...postChangeProblems },
  }),
  (c) =>
    writeIfMatch(c, (version) => {
      const { subject, questionId, answerId } = c.req.valid("param");
      return c.var.core.discussions.editAnswer(
        subject,
        questionId,
        answerId,
        c.req.valid("json"),
        version,
      );
    }),
);
