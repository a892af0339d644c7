import type { Statement } from "@xapi/xapi";
import { CustomAttributeType, type EntityItem } from "electrodb";
import { defineEntity } from "../../data/entity.ts";
import { SERVICE_NAME } from "../../data/service-name.ts";
import { tableSchema } from "../../schema/table.ts";

/**
 * A statement on its way to the Learning Record Store: the outbox of decision 0088.
 * Its key is the statement's id (derived from its fact), so a retried batch creates
 * it once. Once the LRS has it, it stays `sent` (so the same fact is not sent again);
 * while the LRS is away it waits (`pending`, by `nextAttemptAt` in `gsi1`) and, refused
 * or past its attempts, stays `failed` for an operator to see. Every item expires
 * through the table's TTL.
 */
export const XapiStatementEntity = defineEntity({
  model: { entity: "xapiStatement", version: "1", service: SERVICE_NAME },
  attributes: {
    statementId: { type: "string", required: true, readOnly: true },
    /** The learner's user id: a deleted account's statements are dropped unsent. */
    userId: { type: "string", required: true, readOnly: true },
    statement: { type: CustomAttributeType<Statement>("any"), required: true, readOnly: true },
    status: { type: ["pending", "sent", "failed"] as const, required: true },
    attempts: { type: "number", required: true },
    nextAttemptAt: { type: "string", required: true },
    lastError: { type: "string" },
    createdAt: { type: "string", required: true, readOnly: true },
    expiresAt: { type: "number", required: true, field: tableSchema.ttlAttribute },
  },
  indexes: {
    byStatement: {
      pk: { field: "pk", composite: ["statementId"], casing: "none" },
      sk: { field: "sk", composite: [] },
    },
    /** What is due: one Query of the `pending` partition up to now. */
    byStatus: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["status"] },
      sk: { field: "gsi1sk", composite: ["nextAttemptAt"] },
    },
  },
});
export type XapiStatementItem = EntityItem<typeof XapiStatementEntity>;

/** How long a statement is kept, sent or not: a week, then the TTL removes it. */
export const XAPI_OUTBOX_SECONDS = 7 * 24 * 60 * 60;
