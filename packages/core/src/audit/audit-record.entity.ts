import type { EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { tableSchema } from "../schema/table.ts";
import { AUDIT_ACTIONS, AUDIT_OBJECTS } from "./taxonomy.ts";

/**
 * One administrator's decision about a person, an application, a city, an item or a post
 * (AUDIT_OBJECTS): who, what, to whom, the state before and after in a line each, why
 * (when the decision has a reason), when. Written in the same transaction as the
 * change it records, never updated, deleted by the table's TTL after AUDIT_RETENTION_YEARS.
 *
 * Every record sits in one partition by time (the log, newest first, with a date range as
 * the key condition); the object's trail is `gsi1` by object id. Administrators' decisions
 * are a few a day, far below a partition's write limit.
 */
export const AuditRecordEntity = defineEntity({
  model: { entity: "auditRecord", version: "1", service: SERVICE_NAME },
  attributes: {
    auditId: { type: "string", required: true, readOnly: true },
    at: { type: "string", required: true, readOnly: true },
    actorId: { type: "string", required: true, readOnly: true },
    actorName: { type: "string", required: true, readOnly: true },
    objectType: { type: AUDIT_OBJECTS, required: true, readOnly: true },
    objectId: { type: "string", required: true, readOnly: true },
    objectName: { type: "string", required: true, readOnly: true },
    action: { type: AUDIT_ACTIONS, required: true, readOnly: true },
    before: { type: "string", required: true, readOnly: true },
    after: { type: "string", required: true, readOnly: true },
    /** Why, in the administrator's words, when the decision asks for one (decision 0050). */
    reason: { type: "string", readOnly: true },
    expiresAt: { type: "number", required: true, field: tableSchema.ttlAttribute },
  },
  indexes: {
    byTime: {
      pk: { field: "pk", composite: [] },
      sk: { field: "sk", composite: ["at", "auditId"] },
    },
    byObject: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["objectId"] },
      sk: { field: "gsi1sk", composite: ["at", "auditId"] },
    },
  },
});

export type AuditRecordItem = EntityItem<typeof AuditRecordEntity>;

/** How long an audit record is kept: five years, then DynamoDB's TTL deletes it. */
export const AUDIT_RETENTION_YEARS = 5;
