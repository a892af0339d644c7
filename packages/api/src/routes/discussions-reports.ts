import {
  answerPathSchema,
  type PostAddress,
  postReportSchema,
  questionPathSchema,
  reportedPostPageSchema,
} from "@alliance/core/discussions";
import { pageQuerySchema } from "@alliance/core/web";
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { discussionTags } from "../http/discussion-responses.ts";
import { json, jsonBody } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly, signedIn } from "../middleware/signed-in.ts";

/** A member's report of the post at `path`. */
const reportRoute = <
  const Path extends string,
  P extends typeof questionPathSchema | typeof answerPathSchema,
>(
  path: Path,
  params: P,
  what: string,
) =>
  createRoute({
    method: "post",
    path,
    tags: discussionTags,
    summary: `Report ${what} to the administrators, with a reason (members)`,
    description: "One report per person per post: a second is 409 `already-reported`.",
    security: bearerSecurity,
    middleware: [signedIn] as const,
    request: { params, body: jsonBody(postReportSchema) },
    responses: {
      204: { description: "Reported; the post is in the administrators' queue" },
      ...problems(400, 401, 404, 409, 503),
    },
  });

async function report(c: Context, at: PostAddress, reason: { reason: string }) {
  await c.var.core.discussions.report(at, reason);
  return c.body(null, 204);
}

/** `/discussions/{subject}/…/report` and `/admin/discussion-reports`: reports and their queue. */
export const discussionReportRoutes = createRouter()
  .openapi(
    reportRoute(
      "/discussions/{subject}/questions/{questionId}/report",
      questionPathSchema,
      "a question",
    ),
    (c) => report(c, c.req.valid("param"), c.req.valid("json")),
  )
  .openapi(
    reportRoute(
      "/discussions/{subject}/questions/{questionId}/answers/{answerId}/report",
      answerPathSchema,
      "an answer",
    ),
    (c) => report(c, c.req.valid("param"), c.req.valid("json")),
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/admin/discussion-reports",
      tags: [...discussionTags, "Administration"],
      summary: "Reported posts nobody has decided on, oldest report first (administrators)",
      security: bearerSecurity,
      middleware: [adminOnly] as const,
      request: { query: pageQuerySchema },
      responses: {
        200: { description: "A page of reported posts", content: json(reportedPostPageSchema) },
        ...problems(400, 401, 403, 503),
      },
    }),
    async (c) => {
      c.header("Cache-Control", "private, no-cache");
      return c.json(await c.var.core.discussions.queue(c.req.valid("query")), 200);
    },
  );
