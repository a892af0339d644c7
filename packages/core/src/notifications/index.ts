import type { DataService } from "../data/service.ts";
import { inboxUseCases } from "./inbox.ts";

export { DIGEST_SECONDS } from "./digest.entity.ts";
export { forgetRecipient } from "./forget-recipient.ts";
export { type NotificationDraft, SOURCE_ENTITIES } from "./from-changes.ts";
export { hashOfToken, UNREAD_COUNT_MAX } from "./inbox.ts";
export {
  NOTIFICATION_SECONDS,
  type NotificationItem,
  notificationExpiry,
} from "./notification.entity.ts";
export { notificationIdOf, recipientProfile, writeNotification } from "./notification-store.ts";
export { notificationsConsumer } from "./notifications-consumer.ts";
export { deliveriesOf } from "./preferences.ts";
export * from "./scheduled/index.ts";
export * from "./schemas.ts";
export { newUnsubscribeLink } from "./unsubscribe-links.ts";

/**
 * Notifications (decision 0062): each person's inbox, made from the domain events on
 * the change stream by the `notifications` consumer, and their e-mail choices per kind.
 */
export function notificationsUseCases(data: DataService, now: () => Date = () => new Date()) {
  return inboxUseCases(data, now);
}
