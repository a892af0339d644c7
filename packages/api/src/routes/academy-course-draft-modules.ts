import {
  coursePathSchema,
  lessonCreateSchema,
  moduleInputSchema,
  moduleMoveSchema,
  modulePathSchema,
} from "@alliance/core";
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

/**
 * `/courses/{courseId}/draft/modules…`: the modules of a course's draft, and a
 * module's new lessons. Ids stay stable through every edit and move.
 */
export const academyCourseDraftModuleRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: "/courses/{courseId}/draft/modules",
      tags: ["Academy"],
      summary: "Add a module at the end",
      security: bearerSecurity,
      middleware: [authorOnly] as const,
      request: {
        params: coursePathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(moduleInputSchema) },
      },
      responses: draftChangeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { courseId } = c.req.valid("param");
      const saved = await drafts(c).addModule(courseId, c.req.valid("json").title, version);
      c.header("ETag", etag(saved.version));
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/courses/{courseId}/draft/modules/{moduleId}",
      tags: ["Academy"],
      summary: "Rename a module",
      security: bearerSecurity,
      middleware: [authorOnly] as const,
      request: {
        params: modulePathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(moduleInputSchema) },
      },
      responses: draftChangeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { courseId, moduleId } = c.req.valid("param");
      const { title } = c.req.valid("json");
      const saved = await drafts(c).renameModule(courseId, moduleId, title, version);
      c.header("ETag", etag(saved.version));
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/courses/{courseId}/draft/modules/{moduleId}",
      tags: ["Academy"],
      summary: "Remove a module and its lessons",
      security: bearerSecurity,
      middleware: [authorOnly] as const,
      request: {
        params: modulePathSchema,
        headers: ifMatchHeaders,
      },
      responses: draftChangeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { courseId, moduleId } = c.req.valid("param");
      const saved = await drafts(c).removeModule(courseId, moduleId, version);
      c.header("ETag", etag(saved.version));
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/courses/{courseId}/draft/modules/{moduleId}/move",
      tags: ["Academy"],
      summary: "Move a module up, down or to a position",
      security: bearerSecurity,
      middleware: [authorOnly] as const,
      request: {
        params: modulePathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(moduleMoveSchema) },
      },
      responses: draftChangeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { courseId, moduleId } = c.req.valid("param");
      const move = c.req.valid("json");
      const saved = await drafts(c).moveModule(courseId, moduleId, move, version);
      c.header("ETag", etag(saved.version));
      return c.json(saved, 200);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/courses/{courseId}/draft/modules/{moduleId}/lessons",
      tags: ["Academy"],
      summary: "Add a lesson at the end of a module",
      security: bearerSecurity,
      middleware: [authorOnly] as const,
      request: {
        params: modulePathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(lessonCreateSchema) },
      },
      responses: draftChangeResponses,
    }),
    async (c) => {
      const version = parseIfMatch(c.req.header("if-match"));
      const { courseId, moduleId } = c.req.valid("param");
      const lesson = c.req.valid("json");
      const saved = await drafts(c).addLesson(courseId, moduleId, lesson, version);
      c.header("ETag", etag(saved.version));
      return c.json(saved, 200);
    },
  );
