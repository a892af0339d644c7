import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { MODERATION_ACTIONS } from "../taxonomy/exchange.ts";

/** Who did what to an item, when: written in the same transaction as the change. */
export const ModerationEventEntity = defineEntity({
  model: { entity: "moderationEvent", version: "1", service: SERVICE_NAME },
  attributes: {
    itemId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    action: { type: MODERATION_ACTIONS, required: true },
    by: { type: "string", required: true },
    byName: { type: "string", required: true },
    comment: { type: "string" },
  },
  indexes: {
    byItem: {
      pk: { field: "pk", composite: ["itemId"] },
      sk: { field: "sk", composite: ["at", "eventId"] },
    },
  },
});
