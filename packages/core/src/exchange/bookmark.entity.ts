import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";

/** A member's saved item, in the member's own partition (one Query lists them). */
export const BookmarkEntity = defineEntity({
  model: { entity: "bookmark", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    itemId: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
  },
  indexes: {
    bySubject: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: ["itemId"] },
    },
  },
});
