import {
  ALARM_COMPARISON,
  ALARM_MISSING_DATA,
  type AlarmSpec,
  dashboardBody,
  platformAlarms,
} from "./alarm-rules.ts";
import { api, apiFunction, certificateFunction, scormFunction, searchFunction } from "./api.ts";
import { changeDeadLetters, changeStream } from "./events.ts";
import { alarmEmail } from "./operations-settings.ts";
import { APP_NAME, apiLimits, REGION } from "./platform-settings.ts";
import { scheduleDeadLetters, scheduledFunction } from "./schedules.ts";
import { table } from "./storage.ts";
import { render } from "./web.ts";

type Name = $util.Input<string>;
const limits = apiLimits($app.stage);

/**
 * The alarm topic and its e-mail subscription (the stage's ALARM_EMAIL, as CDK's
 * `-c alarmEmail`): every alarm notifies it when it fires and when it clears. TLS only.
 */
export const alarmTopic = new sst.aws.SnsTopic("Alarms");

new aws.sns.TopicPolicy("AlarmsTlsOnly", {
  arn: alarmTopic.arn,
  policy: $jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AllowCloudWatchAlarms",
        Effect: "Allow",
        Principal: { Service: "cloudwatch.amazonaws.com" },
        Action: "sns:Publish",
        Resource: alarmTopic.arn,
      },
      {
        Effect: "Deny",
        Principal: { AWS: "*" },
        Action: "sns:Publish",
        Resource: alarmTopic.arn,
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  }),
});

new aws.sns.TopicSubscription("AlarmsEmail", {
  topic: alarmTopic.arn,
  protocol: "email",
  endpoint: alarmEmail(process.env.ALARM_EMAIL),
});

/** The same alarms as stacks/operations-stack.ts: infra/alarm-rules.ts builds both. */
const specs = platformAlarms<Name>($app.stage, {
  apiId: api.nodes.api.id,
  apiStage: "$default",
  functions: [
    { id: "ApiFunction", name: apiFunction.name, reservedConcurrency: limits.reservedConcurrency },
    {
      id: "CertificateFunction",
      name: certificateFunction.name,
      reservedConcurrency: limits.certificateConcurrency,
    },
    {
      id: "ScormFunction",
      name: scormFunction.name,
      reservedConcurrency: limits.scormConcurrency,
    },
    {
      id: "SearchFunction",
      name: searchFunction.name,
      reservedConcurrency: limits.searchConcurrency,
    },
    {
      id: "StreamFunction",
      name: changeStream.apply((s) => s.nodes.function.apply((fn) => fn.name)),
    },
    { id: "ScheduledFunction", name: scheduledFunction.name, scheduled: true },
    { id: "RenderFunction", name: render.name },
  ],
  tableName: table.name,
  deadLetterQueueName: changeDeadLetters.nodes.queue.name,
  scheduleDeadLetterQueueName: scheduleDeadLetters.nodes.queue.name,
});

type MetricArgs = Pick<
  aws.cloudwatch.MetricAlarmArgs,
  | "namespace"
  | "metricName"
  | "dimensions"
  | "period"
  | "statistic"
  | "extendedStatistic"
  | "metricQueries"
>;

function metricAlarmArgs(spec: AlarmSpec<Name>): MetricArgs {
  const metrics = Object.entries(spec.metrics);
  const stat = (statistic: string) =>
    statistic.startsWith("p") ? { extendedStatistic: statistic } : { statistic };
  const [single] = metrics;
  if (!spec.expression && single && metrics.length === 1) {
    const [, metric] = single;
    return {
      namespace: metric.namespace,
      metricName: metric.metricName,
      dimensions: metric.dimensions,
      period: spec.periodSeconds,
      ...stat(metric.statistic),
    };
  }
  return {
    metricQueries: [
      { id: "e", expression: spec.expression, label: spec.id, returnData: true },
      ...metrics.map(([id, metric]) => ({
        id,
        metric: {
          namespace: metric.namespace,
          metricName: metric.metricName,
          dimensions: metric.dimensions,
          period: spec.periodSeconds,
          stat: metric.statistic,
        },
      })),
    ],
  };
}

export const alarms = specs.map(
  (spec) =>
    new aws.cloudwatch.MetricAlarm(`Alarm${spec.id}`, {
      name: `${APP_NAME}-${$app.stage}-${spec.id}`,
      alarmDescription: spec.description,
      comparisonOperator: ALARM_COMPARISON,
      threshold: spec.threshold,
      evaluationPeriods: spec.evaluationPeriods,
      datapointsToAlarm: spec.datapointsToAlarm,
      treatMissingData: ALARM_MISSING_DATA,
      alarmActions: [alarmTopic.arn],
      okActions: [alarmTopic.arn],
      ...metricAlarmArgs(spec),
    }),
);

export const dashboard = new aws.cloudwatch.Dashboard("Dashboard", {
  dashboardName: `${APP_NAME}-${$app.stage}`,
  dashboardBody: $jsonStringify(dashboardBody(specs, REGION)),
});
