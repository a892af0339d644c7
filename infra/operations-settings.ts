/**
 * How the platform is watched and kept, per stage: alarm thresholds, log retention, the
 * alarm topic's e-mail, the backup plan. The one place for these numbers: stacks/ (CDK)
 * and infra/ (SST) read them, and infra/alarm-rules.ts turns the thresholds into alarms
 * for both. Pure data, like platform-settings.ts. Decision 0041 says why each number.
 */
import { BACKUP_COPY_REGION, isProduction } from "./platform-settings.ts";

/** What fires an alarm; every figure is over one `periodSeconds` unless it says otherwise. */
export interface AlarmThresholds {
  /** Length of one evaluation period. */
  readonly periodSeconds: number;
  /** API answers with 5xx, in % of its requests. */
  readonly api5xxPercent: number;
  /** Below this many requests in a period the 5xx rate is not judged (one error in two). */
  readonly apiMinRequests: number;
  /** API Gateway's p99 latency, in ms, for `apiLatencyPeriods` periods in a row. */
  readonly apiP99LatencyMs: number;
  readonly apiLatencyPeriods: number;
  /** Invocations of one function that ended in an error. */
  readonly lambdaErrors: number;
  /** Invocations of the scheduled function that ended in an error: each is a job's missed window. */
  readonly scheduledErrors: number;
  /** Invocations of one function refused for want of concurrency. */
  readonly lambdaThrottles: number;
  /** One function's concurrent executions as a fraction of its limit (reserved, or the account's). */
  readonly concurrencyFraction: number;
  /** Reads and writes DynamoDB throttled on the table. */
  readonly dynamoThrottledRequests: number;
  /**
   * Messages waiting in a dead-letter queue: the change stream's (anything there is a lost
   * change) or the schedules' (a job's invocation given up after its retries).
   */
  readonly deadLetterMessages: number;
  /** SES account reputation: AWS reviews an account at 5 % bounces and 0.1 % complaints. */
  readonly sesBounceRate: number;
  readonly sesComplaintRate: number;
}

/**
 * The account's concurrent executions quota (AWS's default, shared by every function
 * without reserved concurrency: the stream and render functions). Raise it here when
 * AWS raises the quota, or their "near the limit" alarms fire late.
 */
export const ACCOUNT_CONCURRENCY_LIMIT = 1000;

export function alarmThresholds(stage: string): AlarmThresholds {
  const common = {
    periodSeconds: 300,
    apiMinRequests: 20,
    apiLatencyPeriods: 3,
    lambdaThrottles: 1,
    concurrencyFraction: 0.8,
    dynamoThrottledRequests: 1,
    deadLetterMessages: 1,
    scheduledErrors: 1,
    sesBounceRate: 0.04,
    sesComplaintRate: 0.0008,
  } as const;
  // Staging runs the smoke test and the odd experiment: looser on what a test provokes.
  return isProduction(stage)
    ? { ...common, api5xxPercent: 1, apiP99LatencyMs: 3000, lambdaErrors: 5 }
    : { ...common, api5xxPercent: 5, apiP99LatencyMs: 5000, lambdaErrors: 10 };
}

/**
 * How long every log group keeps its lines (functions, API access logs, custom resources):
 * long enough to investigate a month's incident, short because lines carry request ids,
 * user ids and, in access logs, IP addresses. SST's and CloudWatch's names for it.
 */
export const LOG_RETENTION = { days: 30, sst: "1 month" } as const;

/** The alarm topic's subscriber: an address, checked when the stage is synthesised. */
export function alarmEmail(value: string | undefined): string {
  const email = (value ?? "").trim();
  if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) {
    throw new Error(
      "Set the e-mail address that receives this stage's alarms: -c alarmEmail=… (CDK) or ALARM_EMAIL=… (SST)",
    );
  }
  return email;
}

/**
 * AWS Backup for production's table (besides point-in-time recovery's 35 days): a daily
 * backup kept `retentionDays`, copied to a vault in BACKUP_COPY_REGION kept as long.
 * Other stages have point-in-time recovery only.
 */
export const BACKUP_PLAN = {
  /** 03:00 UTC, after the night's quietest hour in Europe. */
  scheduleCron: { minute: "0", hour: "3" },
  scheduleExpression: "cron(0 3 * * ? *)",
  retentionDays: 35,
  copyRegion: BACKUP_COPY_REGION,
  /** Vault names; the copy vault's ARN is built from its name (a stack in another region). */
  vaultName: "alliance-production-table",
  copyVaultName: "alliance-production-table-copy",
} as const;

export function hasBackupPlan(stage: string): boolean {
  return isProduction(stage);
}
