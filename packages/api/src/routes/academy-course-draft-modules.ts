import {
  coursePathSchema,
  lessonCreateSchema,
  moduleInputSchema,
  moduleMoveSchema,
  modulePathSchema,
} from "@alliance/core/academy";
import { createRoute } from "@hono/zod-openapi";
import { draftChange } from "../http/academy-responses.ts";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { jsonBody } from "../http/json.ts";
import { createRouter } from "../http/router.ts";

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
      ...draftChange,
      request: {
        params: coursePathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(moduleInputSchema),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { courseId } = c.req.valid("param");
        return c.var.core.academy.drafts.addModule(courseId, c.req.valid("json").title, version);
      }),
  )
  .openapi(
    createRoute({
      method: "patch",
      path: "/courses/{courseId}/draft/modules/{moduleId}",
      tags: ["Academy"],
      summary: "Rename a module",
      ...draftChange,
      request: {
        params: modulePathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(moduleInputSchema),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { courseId, moduleId } = c.req.valid("param");
        const { title } = c.req.valid("json");
        return c.var.core.academy.drafts.renameModule(courseId, moduleId, title, version);
      }),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/courses/{courseId}/draft/modules/{moduleId}",
      tags: ["Academy"],
      summary: "Remove a module and its lessons",
      ...draftChange,
      request: { params: modulePathSchema, headers: ifMatchHeaders },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { courseId, moduleId } = c.req.valid("param");
        return c.var.core.academy.drafts.removeModule(courseId, moduleId, version);
      }),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/courses/{courseId}/draft/modules/{moduleId}/move",
      tags: ["Academy"],
      summary: "Move a module up, down or to a position",
      ...draftChange,
      request: {
        params: modulePathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(moduleMoveSchema),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { courseId, moduleId } = c.req.valid("param");
        const move = c.req.valid("json");
        return c.var.core.academy.drafts.moveModule(courseId, moduleId, move, version);
      }),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/courses/{courseId}/draft/modules/{moduleId}/lessons",
      tags: ["Academy"],
      summary: "Add a lesson at the end of a module",
      ...draftChange,
      request: {
        params: modulePathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(lessonCreateSchema),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { courseId, moduleId } = c.req.valid("param");
        const lesson = c.req.valid("json");
        return c.var.core.academy.drafts.addLesson(courseId, moduleId, lesson, version);
      }),
  );
