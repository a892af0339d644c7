import {
  type Core,
  type JobSummary,
  remindEvents,
  remindInactiveLearners,
  remindStaleItems,
} from "@alliance/core";
import type { ScheduledJobName } from "@alliance/core/schema";

/** What a scheduled job is given: the platform's core (a job adds what else it needs here). */
export interface JobDeps {
  readonly core: Core;
}

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
};

export function isJobName(name: string): name is ScheduledJobName {
  return Object.hasOwn(JOB_HANDLERS, name);
}
