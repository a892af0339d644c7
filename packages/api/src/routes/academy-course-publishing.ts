import { coursePathSchema, courseVersionListSchema } from "@alliance/core/academy";
import { createRoute } from "@hono/zod-openapi";
import { authoring, draftChangeResponses } from "../http/academy-responses.ts";
import { ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

const transition = (action: "publish" | "unpublish" | "archive", summary: string) =>
  createRoute({
    ...authoring,
    method: "post",
    path: `/courses/{courseId}/${action}`,
    summary,
    request: { params: coursePathSchema, headers: ifMatchHeaders },
    responses: draftChangeResponses,
  });

/** `/courses/{courseId}/publish|unpublish|archive|versions`: a course's publication. */
export const academyCoursePublishingRoutes = createRouter()
  .openapi(transition("publish", "Publish the draft as the next numbered version"), (c) =>
    writeIfMatch(c, (version) =>
      c.var.core.academy.publishing.publish(c.req.valid("param").courseId, version),
    ),
  )
  .openapi(transition("unpublish", "Hide the course from the catalogue"), (c) =>
    writeIfMatch(c, (version) =>
      c.var.core.academy.publishing.unpublish(c.req.valid("param").courseId, version),
    ),
  )
  .openapi(transition("archive", "Archive the course: hidden and no longer edited"), (c) =>
    writeIfMatch(c, (version) =>
      c.var.core.academy.publishing.archive(c.req.valid("param").courseId, version),
    ),
  )
  .openapi(
    createRoute({
      ...authoring,
      method: "get",
      path: "/courses/{courseId}/versions",
      summary: "Published versions, newest first: who published each, and when",
      request: { params: coursePathSchema },
      responses: {
        200: { description: "The version history", content: json(courseVersionListSchema) },
        ...problems(400, 401, 403, 404, 503),
      },
    }),
    async (c) => {
      const items = await c.var.core.academy.publishing.versions(c.req.valid("param").courseId);
      return c.json({ items }, 200);
    },
  );
