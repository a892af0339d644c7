import { z } from "zod";
import { PAGE_SIZE } from "../data/page-size.ts";
import { idPattern } from "../schema/ids.ts";
import { NOTIFICATION_KINDS, type NotificationKind } from "../taxonomy/notifications.ts";

export { NOTIFICATION_KINDS, type NotificationKind } from "../taxonomy/notifications.ts";

/**
 * How a person wants each kind by e-mail. Every kind is always in the inbox;
 * `daily` is held for the scheduled digest (not built yet), `off` sends nothing.
 */
export const DELIVERIES = ["immediately", "daily", "off"] as const;
export type Delivery = (typeof DELIVERIES)[number];
export const DEFAULT_DELIVERY: Delivery = "immediately";

const notificationIdSchema = z
  .string()
  .regex(idPattern("ntf"), "Expected a notification id such as ntf_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const notificationPathSchema = z.object({ notificationId: notificationIdSchema });

export const notificationListQuerySchema = z.object({
  cursor: z.string().min(1).max(2000).optional(),
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE.max).optional(),
});

/** Values a notification's message is translated with (a title, a city, a decision). */
export const notificationParamsSchema = z.record(z.string(), z.string());

export const notificationViewSchema = z
  .object({
    notificationId: notificationIdSchema,
    kind: z.enum(NOTIFICATION_KINDS),
    params: notificationParamsSchema,
    /** A path of the web app, such as `/exchange/items/xch_…`. */
    link: z.string(),
    createdAt: z.iso.datetime(),
    readAt: z.iso.datetime().nullable(),
  })
  .meta({ id: "Notification" });
export type NotificationView = z.infer<typeof notificationViewSchema>;

export const notificationPageSchema = z
  .object({ items: z.array(notificationViewSchema), cursor: z.string().nullable() })
  .meta({ id: "NotificationPage" });

export const unreadCountSchema = z
  .object({
    /** Unread notifications, counted up to UNREAD_COUNT_MAX. */
    unread: z.number().int().min(0),
    /** True when there are more than `unread`. */
    more: z.boolean(),
  })
  .meta({ id: "UnreadNotifications" });

export const markedReadSchema = z
  .object({ marked: z.number().int().min(0) })
  .meta({ id: "NotificationsMarkedRead" });

const deliveryShape = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [kind, z.enum(DELIVERIES)]),
) as Record<NotificationKind, z.ZodEnum<{ [K in Delivery]: K }>>;

/** Every kind with its delivery: what GET answers and PUT takes (all kinds, so nothing is implied). */
export const notificationPreferencesSchema = z
  .object(deliveryShape)
  .strict()
  .meta({ id: "NotificationPreferences" });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

export const unsubscribePathSchema = z.object({
  unsubscribeToken: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, "Expected the token of an e-mail's unsubscribe link"),
});

export const unsubscribedSchema = z
  .object({ kind: z.enum(NOTIFICATION_KINDS), delivery: z.literal("off") })
  .meta({ id: "Unsubscribed" });
