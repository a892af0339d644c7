import {
  answerPathSchema,
  type ModeratedPost,
  moderatedPostSchema,
  type PostAddress,
  type PostModeration,
  postModerationSchema,
  questionPathSchema,
} from "@alliance/core/discussions";
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import { discussionTags } from "../http/discussion-responses.ts";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { json, jsonBody } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { adminOnly } from "../middleware/signed-in.ts";

/** An administrator's decision on the post at `path`. */
const moderationRoute = <
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
    tags: [...discussionTags, "Administration"],
    summary: `Hide, restore or keep ${what}, with a reason (administrators, If-Match)`,
    description:
      "`hide` a visible post (others then see it as hidden by the moderators, without its content); `restore` a hidden one; `restore` a reported visible one keeps it. The decision and its reason are logged and the post leaves the queue. A decision the post's state does not allow is 409; a stale version 412.",
    security: bearerSecurity,
    middleware: [adminOnly] as const,
    request: { params, headers: ifMatchHeaders, body: jsonBody(postModerationSchema) },
    responses: {
      200: {
        description: "The post's new state",
        headers: { ETag: { schema: { type: "string" as const } } },
        content: json(moderatedPostSchema),
      },
      ...problems(400, 401, 403, 404, 409, 412, 428, 503),
    },
  });

const moderate = (c: Context, at: PostAddress, decision: PostModeration) =>
  writeIfMatch<ModeratedPost>(c, (version) =>
    c.var.core.discussions.moderate(at, decision, version),
  );

/** `/discussions/{subject}/…/moderation`: administrators' decisions on posts. */
export const discussionModerationRoutes = createRouter()
  .openapi(
    moderationRoute(
      "/discussions/{subject}/questions/{questionId}/moderation",
      questionPathSchema,
      "a question",
    ),
    (c) => moderate(c, c.req.valid("param"), c.req.valid("json")),
  )
  .openapi(
    moderationRoute(
      "/discussions/{subject}/questions/{questionId}/answers/{answerId}/moderation",
      answerPathSchema,
      "an answer",
    ),
    (c) => moderate(c, c.req.valid("param"), c.req.valid("json")),
  );
