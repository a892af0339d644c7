import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { tableSchema } from "../schema/table.ts";
import { NOTIFICATION_KINDS } from "../taxonomy/notifications.ts";

/**
 * A notification held for a person's daily digest (decision 0075), in the partition of
 * its day (UTC, `YYYY-MM-DD`): the digest job reads one day with one Query, no Scan.
 * Written by the `email` consumer for a kind the person wants `daily`; the same
 * notification always gives the same key, so a redelivered change writes it again
 * unchanged. Kept a week, long enough for a late or repeated run.
 */
export const DigestEntryEntity = defineEntity({
  model: { entity: "digestEntry", version: "1", service: SERVICE_NAME },
  attributes: {
    digestDay: { type: "string", required: true, readOnly: true },
    recipientId: { type: "string", required: true, readOnly: true },
    notificationId: { type: "string", required: true, readOnly: true },
    kind: { type: NOTIFICATION_KINDS, required: true, readOnly: true },
    params: { type: "any", required: true, readOnly: true },
    link: { type: "string", required: true, readOnly: true },
    expiresAt: { type: "number", required: true, field: tableSchema.ttlAttribute },
  },
  indexes: {
    byDay: {
      pk: { field: "pk", composite: ["digestDay"] },
      sk: { field: "sk", composite: ["recipientId", "notificationId"] },
    },
  },
});

/**
 * That a person's digest of one day was sent (decision 0075), in their own partition:
 * created on condition that it does not exist before the mail goes, so a second run
 * of the same day sends nothing; removed again when the sending fails, so a rerun
 * sends it.
 */
export const EmailDigestEntity = defineEntity({
  model: { entity: "emailDigest", version: "1", service: SERVICE_NAME },
  attributes: {
    recipientId: { type: "string", required: true, readOnly: true },
    digestDay: { type: "string", required: true, readOnly: true },
    notifications: { type: "number", required: true, readOnly: true },
    sentAt: { type: "string", required: true, readOnly: true },
    expiresAt: { type: "number", required: true, field: tableSchema.ttlAttribute },
  },
  indexes: {
    /** In the person's partition (NOTIFICATION_KEY_PREFIX), one per day. */
    byPersonAndDay: {
      pk: { field: "pk", composite: ["recipientId"] },
      sk: { field: "sk", composite: ["digestDay"] },
    },
  },
});

/** How long digest entries and marks are kept: 7 days. */
export const DIGEST_SECONDS = 7 * 24 * 60 * 60;

/** The UTC day (`YYYY-MM-DD`) of an ISO time or a Date. */
export const dayOf = (at: string | Date) => new Date(at).toISOString().slice(0, 10);
