import {
  eventPathSchema,
  materialPathSchema,
  materialUploadRequestSchema,
} from "@alliance/core/events";
import { attachmentUploadSchema } from "@alliance/core/exchange";
import { createRoute } from "@hono/zod-openapi";
import { answerDownload, downloadQuerySchema, downloadResponses } from "../http/downloads.ts";
import { eventResponse, eventStepProblems, eventTags } from "../http/event-responses.ts";
import { etag, ifMatchHeaders, writeIfMatch } from "../http/if-match.ts";
import { json, jsonBody } from "../http/json.ts";
import { bearerSecurity, problems } from "../http/problems.ts";
import { createRouter } from "../http/router.ts";
import { signedIn } from "../middleware/signed-in.ts";

const materials = "/events/{eventId}/materials";
const ORGANISERS =
  "Its organisers: administrators, its creator and, for a city's event, that city's contributors; in any status, also after the event and when it is cancelled.";

/** `/events/{eventId}/materials…`: an event's files, through the checked upload pipeline. */
export const eventMaterialRoutes = createRouter()
  .openapi(
    createRoute({
      method: "post",
      path: materials,
      tags: eventTags,
      summary: "Start an upload of a material (slides, handouts) to an event",
      description: `${ORGANISERS} As an exchange attachment: declare the file with its title (at most 25 MB; PDF, office documents, images, text or CSV), PUT it to the presigned URL within 15 minutes, then confirm it within the hour. An event carries at most 20 materials (409 \`too-many-materials\`). 409 \`too-many-pending-uploads\` when the event already has 10 uploads waiting for confirmation, or you have 20.`,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: eventPathSchema, body: jsonBody(materialUploadRequestSchema) },
      responses: {
        201: { description: "Where to upload the file", content: json(attachmentUploadSchema) },
        ...problems(400, 401, 403, 404, 409, 503),
      },
    }),
    async (c) => {
      const { eventId } = c.req.valid("param");
      const upload = await c.var.core.events.materials.requestUpload(eventId, c.req.valid("json"));
      return c.json(upload, 201);
    },
  )
  .openapi(
    createRoute({
      method: "post",
      path: `${materials}/{attachmentId}/confirm`,
      tags: eventTags,
      summary: "Confirm a material's upload: the server checks it and the event lists it",
      description:
        "The server copies the upload to a place no upload URL reaches and checks the copy: it must have the declared size and its first bytes must match the declared type; otherwise it is deleted and refused (400 naming `size` or `contentType`). The checked copy is what downloads serve. 409 `upload-missing` when nothing was uploaded yet; 404 `upload-not-found` when the upload is unknown or its hour has passed. Confirming twice is harmless. Answers the event with its new version.",
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: materialPathSchema },
      responses: {
        200: eventResponse("The event, listing the material"),
        ...problems(400, 401, 403, 404, 409, 412, 503),
      },
    }),
    async (c) => {
      const { eventId, attachmentId } = c.req.valid("param");
      const event = await c.var.core.events.materials.confirmUpload(eventId, attachmentId);
      c.header("ETag", etag(event.version));
      return c.json(event, 200);
    },
  )
  .openapi(
    createRoute({
      method: "get",
      path: `${materials}/{attachmentId}`,
      tags: eventTags,
      summary: "Download a material of an event",
      description:
        "Whoever may read the event (anyone for a published or cancelled event, its organisers for a draft): redirects to a presigned URL valid for 5 minutes, or answers it as JSON with `as=link`.",
      request: { params: materialPathSchema, query: downloadQuerySchema },
      responses: downloadResponses,
    }),
    async (c) => {
      const { eventId, attachmentId } = c.req.valid("param");
      const url = await c.var.core.events.materials.downloadUrl(eventId, attachmentId);
      return answerDownload(c, url, c.req.valid("query").as);
    },
  )
  .openapi(
    createRoute({
      method: "delete",
      path: `${materials}/{attachmentId}`,
      tags: eventTags,
      summary: "Remove a material from an event",
      description: `${ORGANISERS} Conditional on the version you saw (If-Match).`,
      security: bearerSecurity,
      middleware: [signedIn] as const,
      request: { params: materialPathSchema, headers: ifMatchHeaders },
      responses: { 200: eventResponse("The event, without the material"), ...eventStepProblems },
    }),
    (c) =>
      writeIfMatch(c, (version) => {
        const { eventId, attachmentId } = c.req.valid("param");
        return c.var.core.events.materials.remove(eventId, attachmentId, version);
      }),
  );
