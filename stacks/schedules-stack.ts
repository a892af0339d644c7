import { Duration, Stack, type StackProps } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as scheduler from "aws-cdk-lib/aws-scheduler";
import * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import {
  DIGEST_JOB_ACCESS,
  SCHEDULE_DLQ_RETENTION_DAYS,
  SCHEDULED_FUNCTION,
  SCHEDULED_JOBS_ACCESS,
  XAPI_ACCESS,
} from "../infra/platform-settings.ts";
import {
  SCHEDULE_DELIVERY,
  SCHEDULED_JOBS,
  scheduleInput,
} from "../packages/core/src/schema/index.ts";
import { grantEmailSending } from "./email-sending.ts";
import { type PlatformResources, platformFunction } from "./platform-function.ts";
import { removalPolicyFor, type StageProps } from "./stage.ts";
import { grantXapiSecret, type XapiSecretRef } from "./xapi-secret.ts";

export interface SchedulesStackProps extends StackProps, StageProps, PlatformResources {
  /** Repository root: the esbuild project root and the home of pnpm-lock.yaml. */
  readonly repoRoot: string;
  /** The sender of notification e-mail (the digest's), as the Events stack's. */
  readonly emailFrom: string;
  /** The LRS's settings (the Events stack's), for `xapi-retry`. */
  readonly xapiSecret: XapiSecretRef;
}

type Access = typeof SCHEDULED_JOBS_ACCESS;
type Digest = typeof DIGEST_JOB_ACCESS;
type Condition =
  | Access["readCondition"]
  | Access["inboxCondition"]
  | Digest["dayCondition"]
  | Digest["personCondition"]
  | (typeof XAPI_ACCESS)["outboxCondition"];
const conditionOf = (condition: Condition) => ({
  [condition.test]: { [condition.variable]: [...condition.values] },
});

/**
 * The scheduled jobs (decision 0078): one function that runs the job its input names,
 * and one EventBridge Scheduler schedule per entry of core's SCHEDULED_JOBS, at the
 * minute (no flexible window), with bounded retries and an encrypted dead-letter queue,
 * through a role that may invoke that function and send to that queue, nothing else.
 */
export class SchedulesStack extends Stack {
  readonly handler: lambda.Function;
  readonly deadLetters: sqs.Queue;
  readonly role: iam.Role;

  constructor(scope: Construct, id: string, props: SchedulesStackProps) {
    super(scope, id, props);
    this.handler = platformFunction(this, "ScheduledFunction", {
      ...props,
      settings: SCHEDULED_FUNCTION,
    });
    const access = SCHEDULED_JOBS_ACCESS;
    const table = props.table.tableArn;
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...access.indexActions],
        resources: access.indexes.map((index) => `${table}/index/${index}`),
      }),
    );
    // The digest (decision 0075) besides: one day's held notifications, a person's
    // choices, digest mark and unsubscribe links; the profile by gsi1 (above); SES and
    // people's addresses as the stream function's `email` consumer has them.
    const digest = DIGEST_JOB_ACCESS;
    for (const [actions, condition] of [
      [access.readActions, access.readCondition],
      [access.inboxActions, access.inboxCondition],
      [digest.dayActions, digest.dayCondition],
      [digest.personActions, digest.personCondition],
      // `xapi-retry` (decision 0090): mark the outbox's statements sent or failed, or drop them.
      [XAPI_ACCESS.retryActions, XAPI_ACCESS.outboxCondition],
    ] as const) {
      this.handler.addToRolePolicy(
        new iam.PolicyStatement({
          actions: [...actions],
          resources: [table],
          conditions: conditionOf(condition),
        }),
      );
    }
    grantEmailSending(this.handler, props);
    grantXapiSecret(this.handler, props.xapiSecret);
    this.deadLetters = new sqs.Queue(this, "ScheduleDeadLetters", {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(SCHEDULE_DLQ_RETENTION_DAYS),
      removalPolicy: removalPolicyFor(props.stage),
    });
    const account = this.account;
    this.role = new iam.Role(this, "ScheduleRole", {
      // Only this account's schedules may take the role (the confused deputy).
      assumedBy: new iam.ServicePrincipal("scheduler.amazonaws.com", {
        conditions: { StringEquals: { "aws:SourceAccount": account } },
      }),
      inlinePolicies: {
        invoke: new iam.PolicyDocument({
          statements: [
            new iam.PolicyStatement({
              actions: [...access.invokeActions],
              resources: [this.handler.functionArn],
            }),
            new iam.PolicyStatement({
              actions: [...access.deadLetterActions],
              resources: [this.deadLetters.queueArn],
            }),
          ],
        }),
      },
    });
    for (const job of SCHEDULED_JOBS) {
      new scheduler.CfnSchedule(this, `Schedule-${job.name}`, {
        description: job.description,
        scheduleExpression: job.schedule,
        scheduleExpressionTimezone: SCHEDULE_DELIVERY.timezone,
        flexibleTimeWindow: { mode: "OFF" },
        state: "ENABLED",
        target: {
          arn: this.handler.functionArn,
          roleArn: this.role.roleArn,
          input: scheduleInput(job.name),
          retryPolicy: {
            maximumRetryAttempts: SCHEDULE_DELIVERY.retryAttempts,
            maximumEventAgeInSeconds: SCHEDULE_DELIVERY.maxEventAgeSeconds,
          },
          deadLetterConfig: { arn: this.deadLetters.queueArn },
        },
      });
    }
  }
}
