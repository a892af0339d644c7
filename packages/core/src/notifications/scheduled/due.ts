import type { DataService } from "../../data/service.ts";
import type { NotificationDraft } from "../from-changes.ts";
import { writeNotification } from "../notification-store.ts";

/** What a scheduled job did: figures for its log line and metrics (decision 0078). */
export type JobSummary = Record<string, number>;

export const DAY_MS = 24 * 60 * 60 * 1000;
export const isoMinus = (at: Date, ms: number) => new Date(at.getTime() - ms).toISOString();
export const isoPlus = (at: string, ms: number) => new Date(Date.parse(at) + ms).toISOString();

/**
 * Writes the notifications of what fell due, each once (decision 0078): the id is drawn
 * from `key` (what is due, for whom, and the fact that makes it due, such as an event's
 * start or a learner's last activity) and `dueAt` (when it fell due, not when the job
 * ran), so a job re-run in the same window, or in the next one, writes nothing twice.
 * Counts those written and those already there.
 */
export async function notifyDue(
  data: DataService,
  due: readonly { key: string; dueAt: string; draft: NotificationDraft }[],
): Promise<JobSummary> {
  let notified = 0;
  let already = 0;
  for (const { key, dueAt, draft } of due) {
    const written = await writeNotification(data, { eventId: key, at: dueAt }, draft);
    if (written) notified += 1;
    else already += 1;
  }
  return { due: due.length, notified, already };
}
