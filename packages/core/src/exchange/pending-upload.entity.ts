import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { tableSchema } from "../schema/table.ts";

/**
 * An attachment upload the server has handed a presigned URL for, not yet
 * confirmed. Confirming checks the object against it, then deletes it. An
 * abandoned one expires through the table's TTL attribute (epoch seconds).
 */
export const PendingUploadEntity = defineEntity({
  model: { entity: "pendingUpload", version: "1", service: SERVICE_NAME },
  attributes: {
    itemId: { type: "string", required: true, readOnly: true },
    attachmentId: { type: "string", required: true, readOnly: true },
    fileName: { type: "string", required: true, readOnly: true },
    contentType: { type: "string", required: true, readOnly: true },
    size: { type: "number", required: true, readOnly: true },
    /** The name a record shows for the file, when it asks for one (an event's material). */
    title: { type: "string", readOnly: true },
    requestedBy: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    expiresAt: { type: "number", required: true, field: tableSchema.ttlAttribute },
  },
  indexes: {
    byItem: {
      pk: { field: "pk", composite: ["itemId"] },
      sk: { field: "sk", composite: ["attachmentId"] },
    },
  },
});
