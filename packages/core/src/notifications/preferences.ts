import type { DataService } from "../data/service.ts";
import {
  DEFAULT_DELIVERY,
  DELIVERIES,
  type Delivery,
  NOTIFICATION_KINDS,
  type NotificationPreferences,
} from "./schemas.ts";

const isDelivery = (value: unknown): value is Delivery => DELIVERIES.includes(value as Delivery);

/** Every kind's delivery for a person: what they chose, else DEFAULT_DELIVERY. */
export async function deliveriesOf(
  data: DataService,
  recipientId: string,
): Promise<NotificationPreferences> {
  const found = await data.entities.notificationPreferences
    .get({ recipientId })
    .go({ consistent: true });
  const stored = (found.data?.deliveries ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => {
      const value = stored[kind];
      return [kind, isDelivery(value) ? value : DEFAULT_DELIVERY];
    }),
  ) as NotificationPreferences;
}

/** Replaces a person's choices (the whole set: a PUT, and idempotent). */
export async function writePreferences(
  data: DataService,
  recipientId: string,
  deliveries: NotificationPreferences,
  changedBy: "settings" | "unsubscribe-link",
  at: Date,
): Promise<void> {
  await data.entities.notificationPreferences
    .put({ recipientId, deliveries, changedBy, updatedAt: at.toISOString() })
    .go();
}
