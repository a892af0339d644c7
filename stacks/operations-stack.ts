import { Duration, Stack, type StackProps } from "aws-cdk-lib";
import type * as apigw from "aws-cdk-lib/aws-apigatewayv2";
import * as cloudwatch from "aws-cdk-lib/aws-cloudwatch";
import * as actions from "aws-cdk-lib/aws-cloudwatch-actions";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as sns from "aws-cdk-lib/aws-sns";
import * as subscriptions from "aws-cdk-lib/aws-sns-subscriptions";
import type * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import {
  ALARM_COMPARISON,
  ALARM_MISSING_DATA,
  type AlarmSpec,
  dashboardBody,
  platformAlarms,
  type WatchedFunction,
} from "../infra/alarm-rules.ts";
import { APP_NAME } from "../infra/platform-settings.ts";
import type { StageProps } from "./stage.ts";

export interface OperationsStackProps extends StackProps, StageProps {
  /** Who receives the alarms (`-c alarmEmail=…`): one address per stage. */
  readonly alarmEmail: string;
  readonly api: apigw.IHttpApi;
  readonly functions: readonly (Omit<WatchedFunction<string>, "name"> & {
    readonly fn: lambda.IFunction;
  })[];
  readonly table: dynamodb.ITable;
  readonly deadLetters: sqs.IQueue;
  /** The schedules' dead-letter queue (stacks/schedules-stack.ts). */
  readonly scheduleDeadLetters: sqs.IQueue;
}

/**
 * What tells the secretariat that something broke: the alarms of infra/alarm-rules.ts
 * (the same as SST's infra/operations.ts), each notifying one topic when it fires and
 * when it clears, the topic's e-mail subscription, and a dashboard of the same figures.
 */
export class OperationsStack extends Stack {
  readonly topic: sns.Topic;
  readonly alarms: cloudwatch.Alarm[];

  constructor(scope: Construct, id: string, props: OperationsStackProps) {
    super(scope, id, props);
    this.topic = new sns.Topic(this, "Alarms", {
      displayName: `${APP_NAME} ${props.stage} alarms`,
      enforceSSL: true,
    });
    this.topic.addSubscription(new subscriptions.EmailSubscription(props.alarmEmail));

    const specs = platformAlarms<string>(props.stage, {
      apiId: props.api.apiId,
      apiStage: "$default",
      functions: props.functions.map(({ fn, ...rest }) => ({ ...rest, name: fn.functionName })),
      tableName: props.table.tableName,
      deadLetterQueueName: props.deadLetters.queueName,
      scheduleDeadLetterQueueName: props.scheduleDeadLetters.queueName,
    });
    const notify = new actions.SnsAction(this.topic);
    this.alarms = specs.map((spec) => {
      const alarm = new cloudwatch.Alarm(this, spec.id, {
        alarmName: `${APP_NAME}-${props.stage}-${spec.id}`,
        alarmDescription: spec.description,
        metric: metricOf(spec),
        threshold: spec.threshold,
        evaluationPeriods: spec.evaluationPeriods,
        datapointsToAlarm: spec.datapointsToAlarm,
        comparisonOperator: cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
        treatMissingData: cloudwatch.TreatMissingData.NOT_BREACHING,
      });
      alarm.addAlarmAction(notify);
      alarm.addOkAction(notify);
      return alarm;
    });

    new cloudwatch.CfnDashboard(this, "Dashboard", {
      dashboardName: `${APP_NAME}-${props.stage}`,
      dashboardBody: this.toJsonString(dashboardBody(specs, this.region)),
    });
  }
}

// The shared rules name these; a change of either breaks the build here.
ALARM_COMPARISON satisfies `${cloudwatch.ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD}`;
ALARM_MISSING_DATA satisfies `${cloudwatch.TreatMissingData.NOT_BREACHING}`;

/** The alarm's metric, or its metric math over the spec's metrics. */
function metricOf(spec: AlarmSpec<string>): cloudwatch.IMetric {
  const period = Duration.seconds(spec.periodSeconds);
  const metrics = Object.fromEntries(
    Object.entries(spec.metrics).map(([id, metric]) => [
      id,
      new cloudwatch.Metric({
        namespace: metric.namespace,
        metricName: metric.metricName,
        dimensionsMap: { ...metric.dimensions },
        statistic: metric.statistic,
        period,
      }),
    ]),
  );
  if (spec.expression) {
    return new cloudwatch.MathExpression({
      expression: spec.expression,
      usingMetrics: metrics,
      period,
    });
  }
  const [only] = Object.values(metrics);
  if (!only || Object.keys(metrics).length !== 1)
    throw new Error(`${spec.id}: one metric or an expression`);
  return only;
}
