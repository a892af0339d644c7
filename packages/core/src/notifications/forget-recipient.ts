import type { DataService } from "../data/service.ts";
import { DIGEST_SECONDS, dayOf } from "./digest.entity.ts";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * On account deletion: the person's notifications, e-mail choices and digest marks go
 * with it, and so do the notifications held for their digest in the days still kept
 * (one Query per day: they live in their day's partition, decision 0075).
 */
export async function forgetRecipient(
  data: DataService,
  recipientId: string,
  now: Date = new Date(),
): Promise<void> {
  const { notification, notificationPreferences, emailDigest, digestEntry } = data.entities;
  const found = await notification.query
    .byRecipient({ recipientId })
    .go({ pages: "all", attributes: ["recipientId", "notificationId"] });
  if (found.data.length > 0) await notification.delete(found.data).go();
  await notificationPreferences.delete({ recipientId }).go();
  const marks = await emailDigest.query.byPersonAndDay({ recipientId }).go({ pages: "all" });
  if (marks.data.length > 0) await emailDigest.delete(marks.data).go();
  for (let back = 0; back * DAY_MS <= DIGEST_SECONDS * 1000; back += 1) {
    const digestDay = dayOf(new Date(now.getTime() - back * DAY_MS));
    const held = await digestEntry.query.byDay({ digestDay, recipientId }).go({ pages: "all" });
    if (held.data.length > 0) await digestEntry.delete(held.data).go();
  }
}
