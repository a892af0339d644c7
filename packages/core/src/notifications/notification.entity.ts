import type { EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { tableSchema } from "../schema/table.ts";
import { NOTIFICATION_KINDS } from "../taxonomy/notifications.ts";

/**
 * One thing a person is told, in their own partition (`recipientId`, their user id),
 * newest first: the id is a ULID of the source change's time whose random part is a
 * hash of the change and the person, so a retried batch writes the same key and the
 * conditional create refuses a second copy (decision 0062).
 */
export const NotificationEntity = defineEntity({
  model: { entity: "notification", version: "1", service: SERVICE_NAME },
  attributes: {
    recipientId: { type: "string", required: true, readOnly: true },
    notificationId: { type: "string", required: true, readOnly: true },
    kind: { type: NOTIFICATION_KINDS, required: true, readOnly: true },
    /** Strings the message is translated with (titles, names, a decision). */
    params: { type: "any", required: true, readOnly: true },
    /** A path of the web app. */
    link: { type: "string", required: true, readOnly: true },
    /** The stream record (`eventId`) the notification came from. */
    sourceChange: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    readAt: { type: "string" },
    expiresAt: { type: "number", required: true, field: tableSchema.ttlAttribute },
  },
  indexes: {
    byRecipient: {
      pk: { field: "pk", composite: ["recipientId"] },
      sk: { field: "sk", composite: ["notificationId"] },
    },
  },
});
export type NotificationItem = EntityItem<typeof NotificationEntity>;

/**
 * A person's e-mail choice per kind, beside their notifications. A kind it does not
 * name is DEFAULT_DELIVERY, so a kind added later needs no migration.
 */
export const NotificationPreferencesEntity = defineEntity({
  model: { entity: "notificationPreferences", version: "1", service: SERVICE_NAME },
  attributes: {
    recipientId: { type: "string", required: true, readOnly: true },
    /** Kind → `immediately` | `daily` | `off`. */
    deliveries: { type: "any", required: true },
    /** Where the last change came from: `settings` or an e-mail's unsubscribe link. */
    changedBy: { type: ["settings", "unsubscribe-link"] as const, required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    byRecipient: {
      pk: { field: "pk", composite: ["recipientId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/**
 * One e-mail's one-click unsubscribe link, keyed by the SHA-256 of its random token
 * (the token is only in the e-mail): it turns off one kind for one person, without
 * signing in. Expires with the notifications.
 */
export const UnsubscribeLinkEntity = defineEntity({
  model: { entity: "unsubscribeLink", version: "1", service: SERVICE_NAME },
  attributes: {
    unsubscribeHash: { type: "string", required: true, readOnly: true },
    recipientId: { type: "string", required: true, readOnly: true },
    kind: { type: NOTIFICATION_KINDS, required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    expiresAt: { type: "number", required: true, field: tableSchema.ttlAttribute },
  },
  indexes: {
    byHash: {
      pk: { field: "pk", composite: ["unsubscribeHash"] },
      sk: { field: "sk", composite: [] },
    },
  },
});

/** How long a notification (and an e-mail's unsubscribe link) is kept: 180 days (decision 0045). */
export const NOTIFICATION_SECONDS = 180 * 24 * 60 * 60;

/** When something written at `at` (ISO time) expires, in epoch seconds. */
export const notificationExpiry = (at: string) =>
  Math.floor(Date.parse(at) / 1000) + NOTIFICATION_SECONDS;
