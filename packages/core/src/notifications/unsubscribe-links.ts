import { randomBytes } from "node:crypto";
import type { DataService } from "../data/service.ts";
import { hashOfToken } from "./inbox.ts";
import { notificationExpiry } from "./notification.entity.ts";
import type { NotificationKind } from "./schemas.ts";

/**
 * A new one-click unsubscribe token for one e-mail: 32 random bytes (base64url, 43
 * characters), of which the table keeps only the SHA-256, with the person and kind.
 */
export async function newUnsubscribeLink(
  data: DataService,
  recipientId: string,
  kind: NotificationKind,
  at: Date,
): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  const createdAt = at.toISOString();
  await data.entities.unsubscribeLink
    .put({
      unsubscribeHash: hashOfToken(token),
      recipientId,
      kind,
      createdAt,
      expiresAt: notificationExpiry(createdAt),
    })
    .go();
  return token;
}
