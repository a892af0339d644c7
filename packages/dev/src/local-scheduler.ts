import { Cron } from "croner";

/** A job as the local scheduler needs it: core's SCHEDULED_JOBS entries. */
export interface LocalJob {
  readonly name: string;
  readonly schedule: string;
}

const RATE_UNITS: Record<string, number> = { minute: 60_000, hour: 3_600_000, day: 86_400_000 };

/**
 * An EventBridge Scheduler expression as croner takes it (decision 0078). `cron(min hour
 * dom month dow year)` is Quartz's order with seconds left out: croner's 7-part mode with
 * Quartz weekdays (1 is Sunday), a zero second, and `?` as `*` (croner reads `?` as "the
 * time of start"). `rate(n unit)` is an interval. Anything else is refused, so a schedule
 * the cloud would reject fails here first.
 */
export function localSchedule(expression: string): { pattern: string } | { everyMs: number } {
  const cron = /^cron\((.+)\)$/.exec(expression);
  if (cron?.[1]) {
    const fields = cron[1].trim().split(/\s+/);
    if (fields.length !== 6) throw new Error(`A cron expression has six fields: ${expression}`);
    return { pattern: `0 ${fields.map((field) => (field === "?" ? "*" : field)).join(" ")}` };
  }
  const rate = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(expression);
  if (rate?.[1] && rate[2]) return { everyMs: Number(rate[1]) * (RATE_UNITS[rate[2]] ?? 0) };
  throw new Error(`Not an EventBridge Scheduler expression: ${expression}`);
}

/** A croner job for a `cron(…)` expression, in UTC as the cloud's schedules are. */
export function cronJob(pattern: string, run?: (self: Cron) => void): Cron {
  const options = { timezone: "UTC", mode: "7-part", alternativeWeekdays: true } as const;
  return run ? new Cron(pattern, { ...options, protect: true }, run) : new Cron(pattern, options);
}

export interface LocalScheduler {
  /** Each job's next run, by name. */
  next(): Record<string, Date | null>;
  stop(): void;
}

/**
 * `pnpm dev`'s stand-in for EventBridge Scheduler: each job at its schedule's times,
 * given that time as `now` (as a schedule gives its scheduled time); a run still going
 * when the next one is due is skipped rather than overlapped.
 */
export function startLocalScheduler(
  jobs: readonly LocalJob[],
  run: (name: string, now: Date) => Promise<void>,
): LocalScheduler {
  const crons = new Map<string, Cron>();
  const timers: NodeJS.Timeout[] = [];
  for (const job of jobs) {
    const schedule = localSchedule(job.schedule);
    if ("pattern" in schedule) {
      crons.set(
        job.name,
        cronJob(schedule.pattern, (self) => run(job.name, self.currentRun() ?? new Date())),
      );
    } else {
      timers.push(setInterval(() => void run(job.name, new Date()), schedule.everyMs));
    }
  }
  return {
    next: () =>
      Object.fromEntries(jobs.map((job) => [job.name, crons.get(job.name)?.nextRun() ?? null])),
    stop() {
      for (const cron of crons.values()) cron.stop();
      for (const timer of timers) clearInterval(timer);
    },
  };
}
