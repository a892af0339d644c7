/**
 * The scheduled jobs (decision 0078): the one list of what runs on a schedule, by name,
 * with its EventBridge Scheduler expression (UTC). Pure data, like tableSchema: infra/
 * and stacks/ make one schedule per entry, `pnpm dev`'s local scheduler reads the same
 * expressions, and packages/api/src/jobs.ts gives each name its handler (the compiler
 * refuses a name without one). A name is the schedule's identity once deployed.
 */
export const SCHEDULED_JOBS = [
  {
    name: "event-reminders",
    /** Hourly: every registered person of an event that starts within 24 hours. */
    schedule: "cron(0 * * * ? *)",
    description: "Reminds registered people of an event that starts within a day",
  },
  {
    name: "inactive-learners",
    schedule: "cron(0 7 * * ? *)",
    description: "Tells a learner inactive for 14 days on an unfinished course, once per stretch",
  },
  {
    name: "stale-items",
    schedule: "cron(30 7 * * ? *)",
    description: "Asks contributors to review exchange items unchanged for two years",
  },
  {
    name: "daily-digest",
    /** After midnight UTC: the day before's notifications held for the digest (decision 0075). */
    schedule: "cron(15 0 * * ? *)",
    description: "E-mails each person the previous UTC day's notifications they want daily",
  },
  {
    name: "xapi-retry",
    /** The xAPI outbox's statements whose next attempt is due (decisions 0088, 0090). */
    schedule: "rate(15 minutes)",
    description: "Sends the LRS the xAPI statements it has not taken yet, when their retry is due",
  },
] as const;

export type ScheduledJobName = (typeof SCHEDULED_JOBS)[number]["name"];

/**
 * How EventBridge Scheduler delivers a job's invocation: at the minute (no flexible
 * window), retried for an hour at most, then to the dead-letter queue. The job is given
 * the schedule's own time, so a retry computes the same window as the first try.
 */
export const SCHEDULE_DELIVERY = {
  timezone: "UTC",
  retryAttempts: 3,
  maxEventAgeSeconds: 60 * 60,
  /** Replaced by EventBridge Scheduler with the invocation's scheduled time (ISO 8601). */
  scheduledTimeField: "<aws.scheduler.scheduled-time>",
} as const;

/** The input a schedule sends the scheduled function: the job's name and its scheduled time. */
export function scheduleInput(name: ScheduledJobName): string {
  return JSON.stringify({ job: name, scheduledTime: SCHEDULE_DELIVERY.scheduledTimeField });
}
