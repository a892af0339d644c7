import { lessonMoveSchema, lessonPatchSchema, lessonPathSchema } from "@alliance/core/academy";
import { createRoute } from "@hono/zod-openapi";
import { draftChange } from "../http/academy-responses.ts";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { jsonBody } from "../http/json.ts";
import { createRouter } from "../http/router.ts";

/** `/courses/{courseId}/draft/lessons/{lessonId}…`: edit, remove and move a draft's lessons. */
export const academyCourseDraftLessonRoutes = createRouter()
  .openapi(
    createRoute({
      method: "patch",
      path: "/courses/{courseId}/draft/lessons/{lessonId}",
      tags: ["Academy"],
      summary: "Edit a lesson",
      ...draftChange,
      request: {
        params: lessonPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(lessonPatchSchema),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { courseId, lessonId } = c.req.valid("param");
        return c.var.core.academy.drafts.editLesson(
          courseId,
          lessonId,
          c.req.valid("json"),
          version,
        );
      }),
  )
  .openapi(
    createRoute({
      method: "delete",
      path: "/courses/{courseId}/draft/lessons/{lessonId}",
      tags: ["Academy"],
      summary: "Remove a lesson",
      ...draftChange,
      request: { params: lessonPathSchema, headers: ifMatchHeaders },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { courseId, lessonId } = c.req.valid("param");
        return c.var.core.academy.drafts.removeLesson(courseId, lessonId, version);
      }),
  )
  .openapi(
    createRoute({
      method: "post",
      path: "/courses/{courseId}/draft/lessons/{lessonId}/move",
      tags: ["Academy"],
      summary: "Move a lesson within its module or to another module",
      ...draftChange,
      request: {
        params: lessonPathSchema,
        headers: ifMatchHeaders,
        body: jsonBody(lessonMoveSchema),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { courseId, lessonId } = c.req.valid("param");
        return c.var.core.academy.drafts.moveLesson(
          courseId,
          lessonId,
          c.req.valid("json"),
          version,
        );
      }),
  );
