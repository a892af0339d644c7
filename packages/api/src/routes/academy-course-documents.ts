import { courseDocumentPathSchema, coursePathSchema } from "@alliance/core/academy";
import { attachmentUploadRequestSchema, attachmentUploadSchema } from "@alliance/core/exchange";
import { createRoute } from "@hono/zod-openapi";
import { authoring, draftResponse } from "../http/academy-responses.ts";
import { answerDownload, downloadQuerySchema, downloadResponses } from "../http/downloads.ts";
import { etag } from "../http/if-match.ts";
import { json } from "../http/json.ts";
import { problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";

/**
 * `/courses/{courseId}/draft/documents…` and `/courses/{courseId}/documents/…`: files
 * of document lessons, through the exchange's upload pipeline, owned by a course.
 */
export const academyCourseDocumentRoutes = createRouter()
  .openapi(
    createRoute({
      ...authoring,
      method: "post",
      path: "/courses/{courseId}/draft/documents",
      summary: "Start an upload of a document lesson's file",
      description:
        "As an exchange attachment: declare the file (at most 25 MB; PDF, office documents, images, text or CSV), PUT it to the presigned URL within 15 minutes, then confirm it within the hour. A document lesson then names its `attachmentId`. 409 `too-many-pending-uploads` when the course already has 10 uploads waiting for confirmation, or you have 20: confirm them, or wait until they expire.",
      request: {
        params: coursePathSchema,
        body: { required: true, content: json(attachmentUploadRequestSchema) },
      },
      responses: {
        201: { description: "Where to upload the file", content: json(attachmentUploadSchema) },
        ...problems(400, 401, 403, 404, 409, 503),
      },
    }),
    async (c) => {
      const { courseId } = c.req.valid("param");
      const upload = await c.var.core.academy.documents.requestUpload(
        courseId,
        c.req.valid("json"),
      );
      return c.json(upload, 201);
    },
  )
  .openapi(
    createRoute({
      ...authoring,
      method: "post",
      path: "/courses/{courseId}/draft/documents/{attachmentId}/confirm",
      summary: "Confirm an upload: the server checks it and the draft lists it",
      description:
        "The server copies the upload to a place no upload URL reaches and checks the copy: it must have the declared size and its first bytes must match the declared type; otherwise it is deleted and refused (400 naming `size` or `contentType`). The checked copy is what downloads serve. Confirming twice is harmless. Answers the draft with its new version.",
      request: { params: courseDocumentPathSchema },
      responses: {
        200: draftResponse("The draft, listing the file in `documents`"),
        ...problems(400, 401, 403, 404, 409, 412, 503),
      },
    }),
    async (c) => {
      const { courseId, attachmentId } = c.req.valid("param");
      const draft = await c.var.core.academy.documents.confirmUpload(courseId, attachmentId);
      c.header("ETag", etag(draft.version));
      return c.json(draft, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: "/courses/{courseId}/documents/{attachmentId}",
      tags: ["Academy"],
      summary: "Download a document lesson's file",
      description:
        "Anyone, when a lesson of the published course uses the file; otherwise the course's trainers and administrators. Redirects to a presigned URL valid for 5 minutes, or answers it as JSON with `as=link`.",
      request: { params: courseDocumentPathSchema, query: downloadQuerySchema },
      responses: downloadResponses,
    }),
    async (c) => {
      const { courseId, attachmentId } = c.req.valid("param");
      const url = await c.var.core.academy.documents.downloadUrl(courseId, attachmentId);
      return answerDownload(c, url, c.req.valid("query").as);
    },
  );
