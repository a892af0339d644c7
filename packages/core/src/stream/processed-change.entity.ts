import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { tableSchema } from "../schema/table.ts";

/**
 * That one consumer of the change stream has finished one change (its handle and its
 * batch's flush both succeeded): on a redelivery the dispatcher skips it. One item per
 * consumer and change, so writes spread over partitions. Expires through the table's
 * TTL once no redelivery can come (decision 0024).
 */
export const ProcessedChangeEntity = defineEntity({
  model: { entity: "processedChange", version: "1", service: SERVICE_NAME },
  attributes: {
    consumer: { type: "string", required: true, readOnly: true },
    eventId: { type: "string", required: true, readOnly: true },
    sequenceNumber: { type: "string", required: true, readOnly: true },
    processedAt: { type: "string", required: true, readOnly: true },
    expiresAt: { type: "number", required: true, field: tableSchema.ttlAttribute },
  },
  indexes: {
    byConsumerAndChange: {
      // Event ids and consumer names are kept as given: lower-casing could merge two.
      pk: { field: tableSchema.partitionKey, composite: ["consumer", "eventId"], casing: "none" },
      sk: { field: tableSchema.sortKey, composite: [] },
    },
  },
});

/** The entity name the dispatcher never offers to consumers: its own bookkeeping. */
export const PROCESSED_CHANGE_ENTITY = ProcessedChangeEntity.schema.model.entity;

/**
 * How long a record of a finished change is kept: three days, past the stream's
 * 24-hour retention, after which no record can be delivered again.
 */
export const PROCESSED_CHANGE_SECONDS = 3 * 24 * 60 * 60;
