import {
  discussionPathSchema,
  discussionQuerySchema,
  discussionSchema,
  questionFormSchema,
} from "@alliance/core/discussions";
import { createRoute } from "@hono/zod-openapi";
import { discussionTags, newPostProblems, questionResponse } from "../http/discussion-responses.ts";
import { etag } from "../http/if-match.ts";
import { json, jsonBody } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

/** `/discussions/{subject}`: a published item's or course's discussion, and asking in it. */
export const discussionRoutes = createRouter()
  .openapi(
    createRoute({
      method: "get",
      path: "/discussions/{subject}",
      tags: discussionTags,
      summary: "A discussion: its counts for anyone, its questions and answers for members",
      description:
        "`subject` is `item:<itemId>` (a published exchange item) or `course:<courseId>` (a published course); anything else is 404. Signed out, `questions` is null: the content is for members, as contact details are. Members get a page of questions, newest first, each with its answers.",
      request: { params: discussionPathSchema, query: discussionQuerySchema },
      responses: {
        200: { description: "The discussion", content: json(discussionSchema) },
        ...problems(400, 401, 404, 503),
      },
    }),
    async (c) => {
      const { subject } = c.req.valid("param");
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.discussions.get(subject, c.req.valid("query")), 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/discussions/{subject}/questions",
      tags: discussionTags,
      summary: "Ask a question (members)",
      description:
        "Title and body (Markdown). A contributor of the item's city, or a trainer of the course, is marked as such. A person posts at most 10 questions and answers an hour (429 with Retry-After).",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: discussionPathSchema, body: jsonBody(questionFormSchema) },
      responses: { 201: questionResponse("The question, as asked"), ...newPostProblems },
    }),
    async (c) => {
      const question = await c.var.core.discussions.ask(
        c.req.valid("param").subject,
        c.req.valid("json"),
      );
      c.header("ETag", etag(question.version));
      return c.json(question, 201);
    },
  );
