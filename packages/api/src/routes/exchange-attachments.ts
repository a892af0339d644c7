import {
  attachmentPathSchema,
  attachmentUploadRequestSchema,
  attachmentUploadSchema,
  itemPathSchema,
} from "@alliance/core/exchange";
import { createRoute } from "@hono/zod-openapi";
import { answerDownload, downloadQuerySchema, downloadResponses } from "../http/downloads.ts";
import { itemResponse } from "../http/exchange-responses.ts";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const attachments = "/exchange/items/{itemId}/attachments";

/** `/exchange/items/{itemId}/attachments…`: checked uploads, downloads and removal of files. */
export const exchangeAttachmentRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: attachments,
      tags: ["Exchange"],
      summary: "Start an upload to your city's item",
      description:
        "Declare the file (name, type, size: at most 25 MB; PDF, office documents, images, text or CSV). The answer is a presigned URL: send the file there with the given method and headers within 15 minutes, then confirm it within the hour. An item carries at most 10 attachments. 409 `too-many-pending-uploads` when the item already has 10 uploads waiting for confirmation, or you have 20: confirm them, or wait until they expire.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: {
        params: itemPathSchema,
        body: {
          required: true,
          content: { "application/json": { schema: attachmentUploadRequestSchema } },
        },
      },
      responses: {
        201: {
          description: "Where to upload the file",
          content: { "application/json": { schema: attachmentUploadSchema } },
        },
        ...problems(400, 401, 403, 404, 409, 503),
      },
    }),
    async (c) => {
      const { itemId } = c.req.valid("param");
      const upload = await c.var.core.exchange.attachments.requestUpload(
        itemId,
        c.req.valid("json"),
      );
      return c.json(upload, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${attachments}/{attachmentId}/confirm`,
      tags: ["Exchange"],
      summary: "Confirm an upload: the server checks it and the item lists it",
      description:
        "The server copies the upload to a place no upload URL reaches and checks the copy: it must have the declared size and its first bytes must match the declared type; otherwise it is deleted and refused (400 naming `size` or `contentType`). The checked copy is what downloads serve: sending the upload URL other bytes afterwards changes nothing. 409 `upload-missing` when nothing was uploaded yet; 404 `upload-not-found` when the upload is unknown or its hour has passed. Confirming twice is harmless.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: attachmentPathSchema },
      responses: {
        200: itemResponse("The item, listing the attachment"),
        ...problems(400, 401, 403, 404, 409, 412, 503),
      },
    }),
    async (c) => {
      const { itemId, attachmentId } = c.req.valid("param");
      const item = await c.var.core.exchange.attachments.confirmUpload(itemId, attachmentId);
      c.header("ETag", etag(item.version));
      return c.json(item, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${attachments}/{attachmentId}`,
      tags: ["Exchange"],
      summary: "Download an attachment",
      description:
        "Whoever may read the item: redirects to a presigned URL valid for 5 minutes, which answers the file with its type and a `Content-Disposition: attachment` naming it. With `as=link` the URL comes back as JSON instead, for a script that sends the member's token (a browser link cannot).",
      request: { params: attachmentPathSchema, query: downloadQuerySchema },
      responses: downloadResponses,
    }),
    async (c) => {
      const { itemId, attachmentId } = c.req.valid("param");
      const url = await c.var.core.exchange.attachments.downloadUrl(itemId, attachmentId);
      return answerDownload(c, url, c.req.valid("query").as);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: `${attachments}/{attachmentId}`,
      tags: ["Exchange"],
      summary: "Remove an attachment from your city's item",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: attachmentPathSchema, headers: ifMatchHeaders },
      responses: {
        200: itemResponse("The item, without the attachment"),
        ...problems(400, 401, 403, 404, 409, 412, 428, 503),
      },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { itemId, attachmentId } = c.req.valid("param");
        return c.var.core.exchange.attachments.removeAttachment(itemId, attachmentId, version);
      }),
  );
