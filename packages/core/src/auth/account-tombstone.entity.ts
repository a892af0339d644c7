import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { tableSchema } from "../schema/table.ts";

/**
 * What is left of a deleted account: its identity provider subject and when it
 * was deleted, in the partition its profile had. Access tokens stay valid until
 * they expire, so profile loading refuses a subject with a tombstone instead of
 * creating a new profile for it. Expires through the table's TTL attribute, long
 * after any token issued before the deletion has (Cognito allows at most a day).
 */
export const AccountTombstoneEntity = defineEntity({
  model: { entity: "accountTombstone", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    deletedAt: { type: "string", required: true },
    expiresAt: { type: "number", required: true, field: tableSchema.ttlAttribute },
  },
  indexes: {
    bySubject: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** How long a tombstone outlives the deletion: a week, against a token life of at most a day. */
export const TOMBSTONE_SECONDS = 7 * 24 * 60 * 60;
