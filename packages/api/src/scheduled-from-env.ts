import { type Core, createCore, loadConfig } from "@alliance/core";
import { loadEmailConfig, type MailDeps, mailDepsFromConfig } from "@alliance/core/email";
import type { StatementSender } from "@alliance/core/xapi";
import { z } from "zod";
import { isJobName, JOB_HANDLERS, type JobDeps } from "./jobs.ts";
import { publishMetrics } from "./metrics.ts";
import { createLogger, type LogLevel } from "./middleware/logging.ts";
import { xapiSenderFromEnv } from "./xapi-from-env.ts";

const SERVICE = "alliance-scheduled";

/**
 * What a schedule sends (core's `scheduleInput`): the job's name and the schedule's time,
 * which EventBridge Scheduler fills in. Run by hand, the time may be left out: then now.
 */
const invocationSchema = z.object({
  job: z.string().refine(isJobName, "Not a scheduled job"),
  scheduledTime: z.iso.datetime({ offset: true }).optional(),
});
export type JobInvocation = z.input<typeof invocationSchema>;

export type ScheduledHandler = (
  event: unknown,
  context?: { readonly awsRequestId: string },
) => Promise<{ job: string; now: string; summary: Record<string, number> }>;

/**
 * The scheduled function's handler (decision 0078): the invocation names a job of
 * JOB_HANDLERS, which runs for the schedule's time; its summary is logged and published
 * as metrics with the job as a dimension. A failure throws, so EventBridge Scheduler
 * retries it, then dead-letters it.
 */
export function createScheduledHandler(options: {
  core: Core;
  logLevel: LogLevel;
  clock?: () => Date;
  /** E-mail for the digest (decision 0075); without it, the digest fails and says so. */
  mail?: MailDeps | undefined;
  /** Where xAPI statements go, for `xapi-retry`; without it, that job fails and says so. */
  xapi?: StatementSender | null | undefined;
}): ScheduledHandler {
  const deps: JobDeps = { core: options.core, mail: options.mail, xapi: options.xapi };
  const logger = createLogger(options.logLevel, SERVICE);
  const clock = options.clock ?? (() => new Date());
  return async (event, context) => {
    if (context) logger.appendKeys({ requestId: context.awsRequestId });
    const { job, scheduledTime } = invocationSchema.parse(event);
    const now = scheduledTime ? new Date(scheduledTime) : clock();
    if (!isJobName(job)) throw new Error(`Not a scheduled job: ${job}`);
    try {
      const summary = await JOB_HANDLERS[job](deps, now);
      logger.info("Scheduled job done", { job, now: now.toISOString(), ...summary });
      publishMetrics({ service: SERVICE, dimensions: { job }, counts: { ...summary, JobRuns: 1 } });
      return { job, now: now.toISOString(), summary };
    } catch (error) {
      logger.error("Scheduled job failed", { job, now: now.toISOString(), error });
      publishMetrics({ service: SERVICE, dimensions: { job }, counts: { JobFailures: 1 } });
      throw error;
    }
  };
}

/**
 * The scheduled handler wired from environment variables, as the stream's is: the same
 * core, the e-mail of the stream function (SES, the user pool's addresses) for the
 * digest when EMAIL_FROM is set, and its LRS for `xapi-retry` when one is configured.
 */
export function createScheduledHandlerFromEnv(
  env: Record<string, string | undefined> = process.env,
  overrides: { core?: Core } = {},
): ScheduledHandler {
  const config = loadConfig(env);
  const core = overrides.core ?? createCore({ config });
  const emailConfig = loadEmailConfig(env);
  const mail = emailConfig ? mailDepsFromConfig(emailConfig, core.data) : undefined;
  return createScheduledHandler({
    core,
    logLevel: config.logLevel,
    mail,
    xapi: xapiSenderFromEnv(env),
  });
}
