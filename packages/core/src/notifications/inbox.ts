import { createHash } from "node:crypto";
import { currentMember } from "../auth/index.ts";
import { isConditionalCheckFailed } from "../data/errors.ts";
import { queryPage } from "../data/pagination.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { NotificationItem } from "./notification.entity.ts";
import { deliveriesOf, writePreferences } from "./preferences.ts";
import {
  type NotificationKind,
  type NotificationPreferences,
  type NotificationView,
  notificationParamsSchema,
} from "./schemas.ts";

/** The unread count stops here: the bell shows "99+" long before. */
export const UNREAD_COUNT_MAX = 100;
/** Notifications one "mark all read" marks; a person with more calls again. */
const MARK_ALL_MAX = 500;

const toView = (item: NotificationItem): NotificationView => ({
  notificationId: item.notificationId,
  kind: item.kind,
  params: notificationParamsSchema.catch({}).parse(item.params),
  link: item.link,
  createdAt: item.createdAt,
  readAt: item.readAt ?? null,
});

const notFound = () =>
  new VisibleError("not-found", "notification-not-found", "You have no notification with this id.");

/** A person's inbox and e-mail choices: every read and write is the caller's own partition. */
export function inboxUseCases(data: DataService, now: () => Date) {
  const { notification } = data.entities;
  const unread = (recipientId: string, limit: number) =>
    notification.query
      .byRecipient({ recipientId })
      .where(({ readAt }, { notExists }) => notExists(readAt))
      .go({ pages: "all", limit, attributes: ["recipientId", "notificationId"] });

  return {
    /** Newest first, a page at a time. */
    async list(query: { cursor?: string; limit?: number }) {
      const { userId } = await currentMember(data);
      const page = await queryPage(notification.query.byRecipient({ recipientId: userId }), {
        ...query,
        order: "desc",
      });
      return { items: page.items.map(toView), cursor: page.cursor };
    },

    async unreadCount() {
      const { userId } = await currentMember(data);
      const found = await unread(userId, UNREAD_COUNT_MAX + 1);
      return {
        unread: Math.min(found.data.length, UNREAD_COUNT_MAX),
        more: found.data.length > UNREAD_COUNT_MAX,
      };
    },

    /** Idempotent: a read notification keeps the time it was first read. */
    async markRead(notificationId: string): Promise<NotificationView> {
      const { userId } = await currentMember(data);
      const key = { recipientId: userId, notificationId };
      try {
        await notification
          .patch(key)
          .set({ readAt: now().toISOString() })
          .where(({ readAt }, { notExists }) => notExists(readAt))
          .go();
      } catch (error) {
        if (!isConditionalCheckFailed(error)) throw error;
      }
      const found = await notification.get(key).go({ consistent: true });
      if (!found.data) throw notFound();
      return toView(found.data);
    },

    /** Marks every unread one (up to MARK_ALL_MAX a call); answers how many. */
    async markAllRead() {
      const { userId } = await currentMember(data);
      const found = await unread(userId, MARK_ALL_MAX);
      const at = now().toISOString();
      let marked = 0;
      for (const { notificationId } of found.data) {
        try {
          await notification
            .patch({ recipientId: userId, notificationId })
            .set({ readAt: at })
            .where(({ readAt }, { notExists }) => notExists(readAt))
            .go();
          marked += 1;
        } catch (error) {
          if (!isConditionalCheckFailed(error)) throw error;
        }
      }
      return { marked };
    },

    async preferences(): Promise<NotificationPreferences> {
      const { userId } = await currentMember(data);
      return deliveriesOf(data, userId);
    },

    async setPreferences(choices: NotificationPreferences): Promise<NotificationPreferences> {
      const { userId } = await currentMember(data);
      await writePreferences(data, userId, choices, "settings", now());
      return deliveriesOf(data, userId);
    },

    /**
     * An e-mail's one-click unsubscribe (no sign-in): the link's token names one person
     * and one kind, which is turned off. Idempotent; an unknown or expired token is 404.
     */
    async unsubscribe(token: string): Promise<{ kind: NotificationKind; delivery: "off" }> {
      const link = await data.entities.unsubscribeLink
        .get({ unsubscribeHash: hashOfToken(token) })
        .go();
      const at = now();
      if (!link.data || link.data.expiresAt * 1000 < at.getTime()) {
        throw new VisibleError(
          "not-found",
          "unsubscribe-link-not-found",
          "This unsubscribe link is not valid or has expired; change your choices in your profile.",
        );
      }
      const { recipientId, kind } = link.data;
      const current = await deliveriesOf(data, recipientId);
      await writePreferences(
        data,
        recipientId,
        { ...current, [kind]: "off" },
        "unsubscribe-link",
        at,
      );
      return { kind, delivery: "off" };
    },
  };
}

/** What the table keeps of an unsubscribe token: its SHA-256, base64url. */
export const hashOfToken = (token: string) =>
  createHash("sha256").update(token).digest("base64url");
