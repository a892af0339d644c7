import { createHash } from "node:crypto";
import { ulid } from "ulidx";
import { isConditionalCheckFailed } from "../data/errors.ts";
import type { DataService } from "../data/service.ts";
import type { TableChange } from "../stream/change.ts";
import type { NotificationDraft } from "./from-changes.ts";
import { notificationExpiry } from "./notification.entity.ts";

/**
 * The id of `recipientId`'s notification of `change`: a ULID of the change's time
 * (so a person's partition reads newest first) whose random part is drawn from a hash
 * of the change and the person. The same change and person always give the same id.
 */
export function notificationIdOf(change: Pick<TableChange, "eventId" | "at">, recipientId: string) {
  const digest = createHash("sha256").update(`${change.eventId}\n${recipientId}`).digest();
  let next = 0;
  const drawn = () => (digest[next++ % digest.length] ?? 0) / 256;
  return `ntf_${ulid(Date.parse(change.at), drawn)}`;
}

/** The person's profile as of now, or null for an account deleted since (or never made). */
export async function recipientProfile(data: DataService, userId: string) {
  const found = await data.entities.user.query.byUserId({ userId }).go({ limit: 1 });
  return found.data[0] ?? null;
}

/**
 * Writes one notification, once: the create is conditional on its key, which the
 * change and the person decide, so a redelivered change adds nothing. Returns false
 * when it was already there. A deleted account gets nothing. A scheduled job (decision
 * 0078) gives, as the "change", a key of what is due and the instant it fell due.
 */
export async function writeNotification(
  data: DataService,
  change: Pick<TableChange, "eventId" | "at">,
  draft: NotificationDraft,
): Promise<boolean> {
  if (!(await recipientProfile(data, draft.recipientId))) return false;
  try {
    await data.entities.notification
      .create({
        ...draft,
        notificationId: notificationIdOf(change, draft.recipientId),
        sourceChange: change.eventId,
        createdAt: change.at,
        expiresAt: notificationExpiry(change.at),
      })
      .go();
    return true;
  } catch (error) {
    if (isConditionalCheckFailed(error)) return false;
    throw error;
  }
}
