import { lessonMoveSchema, lessonPatchSchema, lessonPathSchema } from "@alliance/core";
import { createRoute } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../env.ts";
import { draftChangeResponses } from "../http/academy-responses.ts";
import { etag, ifMatchHeaders, parseIfMatch } from "../http/if-match.ts";
import { json } from "../http/json.ts";
import { bearerSecurity } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { authorOnly } from "../middleware/signed-in.ts";

const drafts = (c: Context<AppEnv>) => c.var.core.academy.drafts;

/** `/courses/{courseId}/draft/lessons/{lessonId}…`: edit, remove and move a draft's lessons. */
export const academyCourseDraftLessonRoutes = createRouter()
  .openapi(
    createRoute({
      method: "patch",
      path: "/courses/{courseId}/draft/lessons/{lessonId}",
      tags: ["Academy"],
      summary: "Edit a lesson",
      security: bearerSecurity,
      middleware: [authorOnly] as const,
      request: {
        params: lessonPathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(lessonPatchSchema) },
      },
      responses: draftChangeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { courseId, lessonId } = c.req.valid("param");
      const patch = c.req.valid("json");
      const saved = await drafts(c).editLesson(courseId, lessonId, patch, version);
      c.header("ETag", etag(saved.version));
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/courses/{courseId}/draft/lessons/{lessonId}",
      tags: ["Academy"],
      summary: "Remove a lesson",
      security: bearerSecurity,
      middleware: [authorOnly] as const,
      request: {
        params: lessonPathSchema,
        headers: ifMatchHeaders,
      },
      responses: draftChangeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { courseId, lessonId } = c.req.valid("param");
      const saved = await drafts(c).removeLesson(courseId, lessonId, version);
      c.header("ETag", etag(saved.version));
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/courses/{courseId}/draft/lessons/{lessonId}/move",
      tags: ["Academy"],
      summary: "Move a lesson within its module or to another module",
      security: bearerSecurity,
      middleware: [authorOnly] as const,
      request: {
        params: lessonPathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(lessonMoveSchema) },
      },
      responses: draftChangeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { courseId, lessonId } = c.req.valid("param");
      const move = c.req.valid("json");
      const saved = await drafts(c).moveLesson(courseId, lessonId, move, version);
      c.header("ETag", etag(saved.version));
      return c.json(saved, 200);
    },
  );
