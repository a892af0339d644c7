import {
  type Core,
  type JobSummary,
  remindEvents,
  remindInactiveLearners,
  remindStaleItems,
} from "@alliance/core";
import { type MailDeps, runDailyDigest } from "@alliance/core/email";
import type { ScheduledJobName } from "@alliance/core/schema";
import { type StatementSender, xapiOutbox } from "@alliance/core/xapi";

/**
 * What a scheduled job is given: the platform's core, and what a job needs besides. The
 * digest needs the mail (SES and the user pool's addresses): without EMAIL_FROM there is
 * none, and the digest fails rather than marking people's days sent for nothing.
 */
export interface JobDeps {
  readonly core: Core;
  readonly mail?: MailDeps | undefined;
  /** Where xAPI statements go (decision 0088); none when no LRS is configured. */
  readonly xapi?: StatementSender | null | undefined;
}

/** A job that needs something the environment did not configure fails, and says what. */
function needs<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`This job needs ${what}, which is not configured`);
  return value;
}

/** Statements one `xapi-retry` run sends at most (a run every 15 minutes). */
export const XAPI_RETRY_BATCH = 200;

/**
 * A scheduled job's work for the window that ends at `now`, which is the schedule's own
 * time (not the clock's), so a retried invocation does the same work. Idempotent: a
 * re-run notifies nobody twice (decision 0078).
 */
export type JobHandler = (deps: JobDeps, now: Date) => Promise<JobSummary>;

/**
 * Every scheduled job's handler, by the name core's SCHEDULED_JOBS gives it with its
 * schedule (decision 0078): the scheduled Lambda and `pnpm dev`'s local scheduler run
 * these, `pnpm job <name>` runs one by hand. A job is a line in SCHEDULED_JOBS and a line
 * here; the compiler refuses one without the other.
 */
export const JOB_HANDLERS: Record<ScheduledJobName, JobHandler> = {
  "event-reminders": ({ core }, now) => remindEvents(core.data, now),
  "inactive-learners": ({ core }, now) => remindInactiveLearners(core.data, now),
  "stale-items": ({ core }, now) => remindStaleItems(core.data, now),
  "daily-digest": async ({ mail }, now) => {
    const { sent, alreadySent, skipped } = await runDailyDigest(
      needs(mail, "e-mail (EMAIL_FROM)"),
      now,
    );
    return { sent, alreadySent, skipped };
  },
  // The outbox's statements due at the schedule's time: sent, or left for a later attempt
  // (decision 0090). Without an LRS configured there is nothing to send them to.
  "xapi-retry": async ({ core, xapi }, now) => {
    const send = needs(xapi ?? undefined, "an LRS (XAPI_SECRET_ID, or XAPI_ENDPOINT)");
    const outbox = xapiOutbox(core.data, send, () => now);
    return { ...(await outbox.deliverDue(XAPI_RETRY_BATCH)) };
  },
};

export function isJobName(name: string): name is ScheduledJobName {
  return Object.hasOwn(JOB_HANDLERS, name);
}
