import { isConditionalCheckFailed } from "../data/errors.ts";
import { DIGEST_SECONDS, dayOf } from "./digest.entity.ts";
import { type MailDeps, settingsPage, unsubscribeLinks, webPage } from "./email/mailer.ts";
import { type DigestEntry, renderDigest } from "./email/templates.ts";
import { recipientProfile } from "./notification-store.ts";
import { deliveriesOf } from "./preferences.ts";
import type { NotificationKind } from "./schemas.ts";

export interface DigestRun {
  /** The UTC day whose notifications were sent. */
  day: string;
  /** People sent a digest on this run. */
  sent: number;
  /** People whose digest of that day had been sent already. */
  alreadySent: number;
  /** People with nothing left to send (choices changed since, deleted, no address). */
  skipped: number;
}

type Held = { kind: NotificationKind; params: Record<string, string>; link: string };

/**
 * The daily digest (decision 0075): each person gets one e-mail with the notifications
 * of the UTC day before `now` that the `email` consumer held for them (kinds they want
 * `daily`, and still want so), in their language. A person's digest of a day is marked
 * sent, on condition that it was not, before the mail goes: running twice sends once.
 * One person's failure does not stop the others; the run then throws, so the scheduler
 * retries it and the rerun sends only what failed. The scheduler calls it (not built here).
 */
export async function runDailyDigest(deps: MailDeps, now: Date): Promise<DigestRun> {
  const day = dayOf(new Date(now.getTime() - 24 * 60 * 60 * 1000));
  const held = await deps.data.entities.digestEntry.query
    .byDay({ digestDay: day })
    .go({ pages: "all" });
  const byPerson = new Map<string, Held[]>();
  for (const entry of held.data) {
    const list = byPerson.get(entry.recipientId) ?? [];
    list.push({
      kind: entry.kind,
      params: entry.params as Record<string, string>,
      link: entry.link,
    });
    byPerson.set(entry.recipientId, list);
  }
  const run: DigestRun = { day, sent: 0, alreadySent: 0, skipped: 0 };
  const failures: unknown[] = [];
  for (const [recipientId, entries] of byPerson) {
    try {
      run[await sendDigest(deps, recipientId, day, entries, now)] += 1;
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) {
    throw new AggregateError(failures, `The digest of ${day} failed for ${failures.length} people`);
  }
  return run;
}

async function sendDigest(
  deps: MailDeps,
  recipientId: string,
  day: string,
  held: Held[],
  now: Date,
): Promise<"sent" | "alreadySent" | "skipped"> {
  const deliveries = await deliveriesOf(deps.data, recipientId);
  const entries = held.filter((entry) => deliveries[entry.kind] === "daily");
  const profile = entries.length > 0 ? await recipientProfile(deps.data, recipientId) : null;
  const to = profile ? await deps.addressOf(profile.username) : null;
  if (!profile || !to) return "skipped";
  const mark = deps.data.entities.emailDigest;
  try {
    await mark
      .create({
        recipientId,
        digestDay: day,
        notifications: entries.length,
        sentAt: now.toISOString(),
        expiresAt: Math.floor(now.getTime() / 1000) + DIGEST_SECONDS,
      })
      .go();
  } catch (error) {
    if (isConditionalCheckFailed(error)) return "alreadySent";
    throw error;
  }
  try {
    await sendMarked(deps, recipientId, profile.preferredLanguage, to, entries);
    return "sent";
  } catch (error) {
    await mark.delete({ recipientId, digestDay: day }).go();
    throw error;
  }
}

async function sendMarked(
  deps: MailDeps,
  recipientId: string,
  locale: Parameters<typeof renderDigest>[0],
  to: string,
  entries: Held[],
) {
  const counts = new Map<NotificationKind, number>();
  for (const entry of entries) counts.set(entry.kind, (counts.get(entry.kind) ?? 0) + 1);
  const unsubscribe: Partial<Record<NotificationKind, string>> = {};
  let oneClick = "";
  let most = 0;
  for (const [kind, count] of counts) {
    const links = await unsubscribeLinks(deps, recipientId, kind);
    unsubscribe[kind] = links.page;
    // The header can name one kind: the one with most notifications in this digest.
    if (count > most) [oneClick, most] = [links.oneClick, count];
  }
  const digest: DigestEntry[] = entries.map((entry) => ({
    kind: entry.kind,
    params: entry.params,
    open: webPage(deps, entry.link),
  }));
  const { subject, text } = renderDigest(locale, digest, {
    unsubscribe,
    settings: settingsPage(deps),
  });
  await deps.send({ from: deps.from, to, subject, text, unsubscribeUrl: oneClick });
}
