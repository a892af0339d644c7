/**
 * The platform's alarms and dashboard as plain data, built from the stage's thresholds
 * (infra/operations-settings.ts) and the names of what they watch: stacks/operations-stack.ts
 * (CDK) and infra/operations.ts (SST) create exactly these, so the two cannot drift. `V`
 * is how each tool passes a deploy-time name (a CDK token string, an SST Output). Each
 * alarm's `runbook` is the README's heading (Operations) that says what to do first.
 */
import { ACCOUNT_CONCURRENCY_LIMIT, alarmThresholds } from "./operations-settings.ts";

export type Statistic = "Sum" | "Maximum" | "Average" | "p99";

export interface MetricSpec<V> {
  readonly namespace: string;
  readonly metricName: string;
  readonly dimensions: Readonly<Record<string, V>>;
  readonly statistic: Statistic;
}

export interface AlarmSpec<V> {
  /** Construct/resource name, unique in the app: `Api5xxRate`, `ApiFunctionErrors`. */
  readonly id: string;
  /** What the alarm means, then where the README says what to do. */
  readonly description: string;
  readonly runbook: string;
  /** The metrics, by the ids `expression` uses; with no expression, the only one is watched. */
  readonly metrics: Readonly<Record<string, MetricSpec<V>>>;
  readonly expression?: string;
  readonly threshold: number;
  readonly periodSeconds: number;
  readonly evaluationPeriods: number;
  readonly datapointsToAlarm: number;
}

/** Alarms compare `>=` and treat no data as fine (no traffic is not an incident). */
export const ALARM_COMPARISON = "GreaterThanOrEqualToThreshold";
export const ALARM_MISSING_DATA = "notBreaching";

/** A function the alarms watch, and its concurrency limit when it has reserved concurrency. */
export interface WatchedFunction<V> {
  /**
   * Construct id: `ApiFunction`, `CertificateFunction`, `ScormFunction`, `SearchFunction`,
   * `StreamFunction`, `ScheduledFunction`, `RenderFunction`.
   */
  readonly id: string;
  readonly name: V;
  readonly reservedConcurrency?: number;
  /**
   * It runs scheduled jobs (decision 0078), a few times an hour: its `Errors` alarm fires
   * at `scheduledErrors`, since each error is a job's missed window, not one request of many.
   */
  readonly scheduled?: boolean;
}

export interface Watched<V> {
  readonly apiId: V;
  /** API Gateway stage: `$default` for both CDK's and SST's HTTP API. */
  readonly apiStage: V;
  readonly functions: readonly WatchedFunction<V>[];
  readonly tableName: V;
  readonly deadLetterQueueName: V;
  /** The schedules' dead-letter queue (decision 0078): invocations given up after retries. */
  readonly scheduleDeadLetterQueueName: V;
}

export const RUNBOOK = {
  api5xx: "API 5xx rate",
  apiLatency: "API p99 latency",
  lambdaErrors: "Function errors",
  lambdaThrottles: "Function throttles",
  concurrency: "Function concurrency near its limit",
  dynamoThrottles: "DynamoDB throttled requests",
  deadLetters: "Change stream dead letters",
  scheduleDeadLetters: "Scheduled job dead letters",
  sesBounces: "SES bounce rate",
  sesComplaints: "SES complaint rate",
} as const;

function alarm<V>(
  spec: Omit<AlarmSpec<V>, "description" | "evaluationPeriods" | "datapointsToAlarm"> & {
    meaning: string;
    evaluationPeriods?: number;
  },
): AlarmSpec<V> {
  const { meaning, evaluationPeriods = 1, ...rest } = spec;
  return {
    ...rest,
    description: `${meaning} First steps: README, Operations, "${spec.runbook}".`,
    evaluationPeriods,
    datapointsToAlarm: evaluationPeriods,
  };
}

/** Every alarm of a stage, in the order the dashboard shows them. */
export function platformAlarms<V>(stage: string, watched: Watched<V>): AlarmSpec<V>[] {
  const t = alarmThresholds(stage);
  const period = t.periodSeconds;
  const minutes = period / 60;
  const api = { ApiId: watched.apiId, Stage: watched.apiStage };
  const apiMetric = (metricName: string, statistic: Statistic): MetricSpec<V> => ({
    namespace: "AWS/ApiGateway",
    metricName,
    dimensions: api,
    statistic,
  });
  const lambdaMetric = (fn: WatchedFunction<V>, metricName: string, statistic: Statistic) => ({
    namespace: "AWS/Lambda",
    metricName,
    dimensions: { FunctionName: fn.name },
    statistic,
  });
  const table = { TableName: watched.tableName };
  const waitingIn = (queueName: V): MetricSpec<V> => ({
    namespace: "AWS/SQS",
    metricName: "ApproximateNumberOfMessagesVisible",
    dimensions: { QueueName: queueName },
    statistic: "Maximum",
  });
  const ses = (metricName: string): MetricSpec<V> => ({
    namespace: "AWS/SES",
    metricName,
    dimensions: {},
    statistic: "Average",
  });

  return [
    alarm<V>({
      id: "Api5xxRate",
      runbook: RUNBOOK.api5xx,
      meaning: `The API answered ${t.api5xxPercent}% or more of its requests with a 5xx in ${minutes} minutes (of at least ${t.apiMinRequests} requests).`,
      metrics: { errors: apiMetric("5xx", "Sum"), requests: apiMetric("Count", "Sum") },
      expression: `IF(requests >= ${t.apiMinRequests}, 100 * errors / requests, 0)`,
      threshold: t.api5xxPercent,
      periodSeconds: period,
    }),
    alarm<V>({
      id: "ApiP99Latency",
      runbook: RUNBOOK.apiLatency,
      meaning: `The API's p99 latency was ${t.apiP99LatencyMs} ms or more for ${t.apiLatencyPeriods * minutes} minutes.`,
      metrics: { latency: apiMetric("Latency", "p99") },
      threshold: t.apiP99LatencyMs,
      periodSeconds: period,
      evaluationPeriods: t.apiLatencyPeriods,
    }),
    ...watched.functions.flatMap((fn) => {
      const limit = fn.reservedConcurrency ?? ACCOUNT_CONCURRENCY_LIMIT;
      const concurrency = Math.max(1, Math.floor(limit * t.concurrencyFraction));
      const errors = fn.scheduled ? t.scheduledErrors : t.lambdaErrors;
      return [
        alarm<V>({
          id: `${fn.id}Errors`,
          runbook: RUNBOOK.lambdaErrors,
          meaning: `${fn.id} ended ${errors} or more invocations with an error in ${minutes} minutes.`,
          metrics: { errors: lambdaMetric(fn, "Errors", "Sum") },
          threshold: errors,
          periodSeconds: period,
        }),
        alarm<V>({
          id: `${fn.id}Throttles`,
          runbook: RUNBOOK.lambdaThrottles,
          meaning: `${fn.id} refused ${t.lambdaThrottles} or more invocations for want of concurrency in ${minutes} minutes.`,
          metrics: { throttles: lambdaMetric(fn, "Throttles", "Sum") },
          threshold: t.lambdaThrottles,
          periodSeconds: period,
        }),
        alarm<V>({
          id: `${fn.id}Concurrency`,
          runbook: RUNBOOK.concurrency,
          meaning: `${fn.id} ran ${concurrency} or more invocations at once, ${Math.round(t.concurrencyFraction * 100)}% of its limit of ${limit}${fn.reservedConcurrency === undefined ? " (the account's)" : " (reserved)"}.`,
          metrics: { concurrency: lambdaMetric(fn, "ConcurrentExecutions", "Maximum") },
          threshold: concurrency,
          periodSeconds: 60,
          evaluationPeriods: 5,
        }),
      ];
    }),
    alarm<V>({
      id: "TableThrottledRequests",
      runbook: RUNBOOK.dynamoThrottles,
      meaning: `DynamoDB throttled ${t.dynamoThrottledRequests} or more reads or writes of the table in ${minutes} minutes.`,
      metrics: {
        reads: {
          namespace: "AWS/DynamoDB",
          metricName: "ReadThrottleEvents",
          dimensions: table,
          statistic: "Sum",
        },
        writes: {
          namespace: "AWS/DynamoDB",
          metricName: "WriteThrottleEvents",
          dimensions: table,
          statistic: "Sum",
        },
      },
      expression: "reads + writes",
      threshold: t.dynamoThrottledRequests,
      periodSeconds: period,
    }),
    alarm<V>({
      id: "ChangeStreamDeadLetters",
      runbook: RUNBOOK.deadLetters,
      meaning: `The change stream's dead-letter queue holds ${t.deadLetterMessages} or more batches the consumers gave up on.`,
      metrics: { waiting: waitingIn(watched.deadLetterQueueName) },
      threshold: t.deadLetterMessages,
      periodSeconds: period,
    }),
    alarm<V>({
      id: "ScheduleDeadLetters",
      runbook: RUNBOOK.scheduleDeadLetters,
      meaning: `The schedules' dead-letter queue holds ${t.deadLetterMessages} or more job invocations given up after their retries.`,
      metrics: { waiting: waitingIn(watched.scheduleDeadLetterQueueName) },
      threshold: t.deadLetterMessages,
      periodSeconds: period,
    }),
    alarm<V>({
      id: "SesBounceRate",
      runbook: RUNBOOK.sesBounces,
      meaning: `The account's SES bounce rate reached ${t.sesBounceRate * 100}% (AWS reviews the account at 5%).`,
      metrics: { rate: ses("Reputation.BounceRate") },
      threshold: t.sesBounceRate,
      periodSeconds: 3600,
    }),
    alarm<V>({
      id: "SesComplaintRate",
      runbook: RUNBOOK.sesComplaints,
      meaning: `The account's SES complaint rate reached ${t.sesComplaintRate * 100}% (AWS reviews the account at 0.1%).`,
      metrics: { rate: ses("Reputation.ComplaintRate") },
      threshold: t.sesComplaintRate,
      periodSeconds: 3600,
    }),
  ];
}

/**
 * The stage's CloudWatch dashboard body: one graph per alarm, its figure and its threshold
 * as a line, in `region`. JSON with `V` where a name goes (CDK's toJsonString, SST's
 * $jsonStringify resolve them).
 */
export function dashboardBody<V>(alarms: readonly AlarmSpec<V>[], region: string) {
  const width = 8;
  const height = 6;
  return {
    widgets: alarms.map((spec, index) => {
      const ids = Object.keys(spec.metrics);
      const metrics: unknown[] = Object.entries(spec.metrics).map(([id, metric]) => [
        metric.namespace,
        metric.metricName,
        ...Object.entries(metric.dimensions).flat(),
        { id, stat: metric.statistic, visible: spec.expression === undefined, label: id },
      ]);
      if (spec.expression)
        metrics.unshift([{ expression: spec.expression, id: "e", label: spec.id }]);
      return {
        type: "metric",
        x: (index % 3) * width,
        y: Math.floor(index / 3) * height,
        width,
        height,
        properties: {
          title: spec.id,
          region,
          view: "timeSeries",
          period: spec.periodSeconds,
          metrics,
          annotations: {
            horizontal: [{ label: `alarm (${ids.join(", ")})`, value: spec.threshold }],
          },
        },
      };
    }),
  };
}
