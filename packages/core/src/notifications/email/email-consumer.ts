import { z } from "zod";
import type { ChangeConsumer, TableChange } from "../../stream/change.ts";
import { DIGEST_SECONDS, dayOf } from "../digest.entity.ts";
import { recipientProfile } from "../notification-store.ts";
import { deliveriesOf } from "../preferences.ts";
import { NOTIFICATION_KINDS } from "../schemas.ts";
import { type MailDeps, settingsPage, unsubscribeLinks, webPage } from "./mailer.ts";
import { renderEmail } from "./templates.ts";

/** What the consumer reads of a new notification's stream image. */
const createdNotification = z.object({
  recipientId: z.string().min(1),
  notificationId: z.string().min(1),
  kind: z.enum(NOTIFICATION_KINDS),
  params: z.record(z.string(), z.string()),
  link: z.string(),
  createdAt: z.string(),
});
type CreatedNotification = z.infer<typeof createdNotification>;

/**
 * `email` (decisions 0063, 0073): a notification just created is sent by e-mail when
 * its person wants its kind `immediately`, in their profile's language, to the address
 * the user pool holds now, with a one-click unsubscribe for that person and kind. A
 * `daily` kind is held for the digest; `off` sends nothing; a deleted account gets
 * nothing. The backbone skips changes it finished, so a retried batch sends once.
 */
export function emailConsumer(deps: MailDeps): ChangeConsumer {
  return {
    name: "email",
    wants: (change) => change.kind === "insert" && change.entity === "notification",
    async handle(change) {
      const parsed = createdNotification.safeParse(change.newImage);
      if (parsed.success) await deliver(deps, parsed.data, change);
    },
  };
}

async function deliver(deps: MailDeps, notification: CreatedNotification, change: TableChange) {
  const { recipientId, kind } = notification;
  const delivery = (await deliveriesOf(deps.data, recipientId))[kind];
  if (delivery === "off") return;
  const profile = await recipientProfile(deps.data, recipientId);
  if (!profile) return;
  if (delivery === "daily") {
    await holdForDigest(deps, notification, change);
    return;
  }
  const to = await deps.addressOf(profile.username);
  if (!to) return;
  const unsubscribe = await unsubscribeLinks(deps, recipientId, kind);
  const { subject, text } = renderEmail(profile.preferredLanguage, kind, notification.params, {
    open: webPage(deps, notification.link),
    unsubscribe: unsubscribe.page,
    settings: settingsPage(deps),
  });
  await deps.send({ from: deps.from, to, subject, text, unsubscribeUrl: unsubscribe.oneClick });
}

async function holdForDigest(
  deps: MailDeps,
  notification: CreatedNotification,
  change: TableChange,
) {
  const { recipientId, notificationId, kind, params, link } = notification;
  await deps.data.entities.digestEntry
    .put({
      digestDay: dayOf(notification.createdAt || change.at),
      recipientId,
      notificationId,
      kind,
      params,
      link,
      expiresAt: Math.floor(Date.parse(change.at) / 1000) + DIGEST_SECONDS,
    })
    .go();
}
