import {
  coursePathSchema,
  scormPackageListSchema,
  scormPackagePathSchema,
  scormPackageSchema,
  scormUploadRequestSchema,
} from "@alliance/core/academy";
import { attachmentUploadSchema } from "@alliance/core/exchange";
import { createRoute } from "@hono/zod-openapi";
import { authoring } from "../http/academy-responses.ts";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/**
 * `/courses/{courseId}/draft/scorm-packages…`: a course's SCORM packages (decision 0084),
 * uploaded as documents are; checking one is its own route (academy-course-scorm-check.ts),
 * served by the SCORM function in the cloud.
 */
export const academyCourseScormPackageRoutes = createRouter()
  .openapi(
    createRoute({
      ...authoring,
      method: "post",
      path: "/courses/{courseId}/draft/scorm-packages",
      summary: "Start an upload of a SCORM package",
      description:
        "As a document (at most 50 MB), then `POST …/{packageId}/check` with the answer's `attachmentId`.",
      request: {
        params: coursePathSchema,
        body: { required: true, content: json(scormUploadRequestSchema) },
      },
      responses: {
        201: { description: "Where to upload the zip", content: json(attachmentUploadSchema) },
        ...problems(400, 401, 403, 404, 409, 503),
      },
    }),
    async (c) =>
      c.json(
        await c.var.core.academy.scorm.requestUpload(
          c.req.valid("param").courseId,
          c.req.valid("json"),
        ),
        201,
      ),
  )
  .openapi(
    createRoute({
      ...authoring,
      method: "get",
      path: "/courses/{courseId}/draft/scorm-packages",
      summary: "The course's SCORM packages and their status",
      request: { params: coursePathSchema },
      responses: {
        200: { description: "Every package, oldest first", content: json(scormPackageListSchema) },
        ...problems(400, 401, 403, 404, 503),
      },
    }),
    async (c) => {
      const { courseId } = c.req.valid("param");
      return c.json({ items: await c.var.core.academy.scorm.list(courseId) }, 200);
    },
  )
  .openapi(
    createRoute({
      ...authoring,
      method: "get",
      path: "/courses/{courseId}/draft/scorm-packages/{packageId}",
      summary: "One SCORM package: checking, ready or refused with its reason",
      request: { params: scormPackagePathSchema },
      responses: {
        200: { description: "The package", content: json(scormPackageSchema) },
        ...problems(400, 401, 403, 404, 503),
      },
    }),
    async (c) => {
      const { courseId, packageId } = c.req.valid("param");
      return c.json(await c.var.core.academy.scorm.get(courseId, packageId), 200);
    },
  );
