import { coursePatchSchema, coursePathSchema } from "@alliance/core/academy";
import { createRoute } from "@hono/zod-openapi";
import { authoring, draftChangeResponses, draftResponse } from "../http/academy-responses.ts";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/** `/courses/{courseId}/draft`: a course's working copy, with quiz answers, and its fields. */
export const academyCourseDraftRoutes = createRouter()
  .openapi(
    createRoute({
      ...authoring,
      method: "get",
      path: "/courses/{courseId}/draft",
      summary: "The draft, with quiz answers (the course's trainers and administrators)",
      request: { params: coursePathSchema },
      responses: { 200: draftResponse("The draft"), ...problems(400, 401, 403, 404, 503) },
    }),
    async (c) => {
      const draft = await c.var.core.academy.drafts.get(c.req.valid("param").courseId);
      c.header("ETag", etag(draft.version));
      c.header("Cache-Control", "private, no-cache");
      return c.json(draft, 200);
    },
  )
  .openapi(
    createRoute({
      ...authoring,
      method: "patch",
      path: "/courses/{courseId}/draft",
      summary: "Edit the course's fields",
      request: {
        params: coursePathSchema,
        headers: ifMatchHeaders,
        body: { required: true, content: json(coursePatchSchema) },
      },
      responses: draftChangeResponses,
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { courseId } = c.req.valid("param");
        return c.var.core.academy.drafts.update(courseId, c.req.valid("json"), version);
      }),
  );
