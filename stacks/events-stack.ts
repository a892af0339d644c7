import { CfnOutput, Duration, Stack, type StackProps } from "aws-cdk-lib";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as iam from "aws-cdk-lib/aws-iam";
import * as lambda from "aws-cdk-lib/aws-lambda";
import { DynamoEventSource, SqsDlq } from "aws-cdk-lib/aws-lambda-event-sources";
import * as sqs from "aws-cdk-lib/aws-sqs";
import type { Construct } from "constructs";
import {
  EMAIL_ACCESS,
  NOTIFICATIONS_ACCESS,
  SEARCH_SNAPSHOT_ACCESS,
  STREAM_CONSUMER_ACCESS,
  STREAM_DLQ_RETENTION_DAYS,
  STREAM_FUNCTION,
  STREAM_TABLE_ACCESS,
  WORKSHOP_LESSON_ACCESS,
  XAPI_ACCESS,
} from "../infra/platform-settings.ts";
import { CHANGE_DELIVERY } from "../packages/core/src/schema/index.ts";
import { grantEmailSending } from "./email-sending.ts";
import { type PlatformResources, platformFunction } from "./platform-function.ts";
import { removalPolicyFor, type StageProps } from "./stage.ts";
import { grantXapiSecret, type XapiSecretRef, xapiSecret } from "./xapi-secret.ts";

export interface EventsStackProps extends StackProps, StageProps, PlatformResources {
  /** Repository root: the esbuild project root and the home of pnpm-lock.yaml. */
  readonly repoRoot: string;
  /** The table, with its stream. */
  readonly table: dynamodb.ITable;
  /** The sender of notification e-mail, a verified SES identity or in a verified domain. */
  readonly emailFrom: string;
  /** An existing secret of the LRS's settings, by name (`-c xapiSecretName=…`); else one is made. */
  readonly xapiSecretName?: string;
}

/**
 * The event backbone (decision 0024): the table's DynamoDB Stream delivered in
 * batches to one function that runs the registered change consumers, with batch
 * item failures, bisection, bounded retries and an encrypted dead-letter queue
 * that receives what could not be delivered (shard and sequence numbers).
 */
export class EventsStack extends Stack {
  readonly handler: lambda.Function;
  readonly deadLetters: sqs.Queue;
  /** The LRS's settings (decision 0090), which the scheduled function reads too. */
  readonly xapiSecret: XapiSecretRef;

  constructor(scope: Construct, id: string, props: EventsStackProps) {
    super(scope, id, props);
    this.deadLetters = new sqs.Queue(this, "ChangeStreamDeadLetters", {
      encryption: sqs.QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      retentionPeriod: Duration.days(STREAM_DLQ_RETENTION_DAYS),
      removalPolicy: removalPolicyFor(props.stage),
    });
    this.handler = platformFunction(this, "StreamFunction", {
      ...props,
      settings: STREAM_FUNCTION,
    });
    // The event source grants reading the stream, and sending to the queue.
    this.handler.addEventSource(
      new DynamoEventSource(props.table, {
        startingPosition: lambda.StartingPosition[CHANGE_DELIVERY.startingPosition],
        batchSize: CHANGE_DELIVERY.batchSize,
        bisectBatchOnError: CHANGE_DELIVERY.bisectBatchOnError,
        retryAttempts: CHANGE_DELIVERY.retryAttempts,
        maxRecordAge: Duration.seconds(CHANGE_DELIVERY.maxRecordAgeSeconds),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetters),
      }),
    );
    // The consumers' record of finished changes; nothing else in the table.
    const { condition } = STREAM_TABLE_ACCESS;
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...STREAM_TABLE_ACCESS.actions],
        resources: [props.table.tableArn],
        conditions: { [condition.test]: { [condition.variable]: [...condition.values] } },
      }),
    );
    // The search-snapshot consumer: its one object, and the catalogue index's reads.
    const access = SEARCH_SNAPSHOT_ACCESS;
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...access.objectActions],
        resources: [props.attachments.arnForObjects(access.objectKey)],
      }),
    );
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...access.indexActions],
        resources: [`${props.table.tableArn}/index/${access.index}`],
      }),
    );
    // The city-status-marks and contributor-grant consumers.
    const consumers = STREAM_CONSUMER_ACCESS;
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...consumers.itemActions],
        resources: [props.table.tableArn],
        conditions: {
          [consumers.condition.test]: {
            [consumers.condition.variable]: [...consumers.condition.values],
          },
        },
      }),
    );
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...consumers.indexActions],
        resources: [`${props.table.tableArn}/index/${consumers.index}`],
      }),
    );
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...consumers.userPoolActions],
        resources: [props.userPool.userPoolArn],
      }),
    );
    // The workshop-attendance consumer: the lesson's progress, in its partitions only.
    const workshops = WORKSHOP_LESSON_ACCESS;
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...workshops.actions],
        resources: [props.table.tableArn],
        conditions: {
          [workshops.condition.test]: {
            [workshops.condition.variable]: [...workshops.condition.values],
          },
        },
      }),
    );
    // The notifications consumer: people's inboxes, and the partitions it reads.
    const inbox = NOTIFICATIONS_ACCESS;
    for (const [actions, condition] of [
      [inbox.inboxActions, inbox.inboxCondition],
      [inbox.readActions, inbox.readCondition],
    ] as const) {
      this.handler.addToRolePolicy(
        new iam.PolicyStatement({
          actions: [...actions],
          resources: [props.table.tableArn],
          conditions: { [condition.test]: { [condition.variable]: [...condition.values] } },
        }),
      );
    }
    this.grantEmail(props);
    // The xapi consumer (decisions 0088, 0090): the LRS's secret, and the outbox's partitions.
    this.xapiSecret = xapiSecret(this, props.stage, props.xapiSecretName);
    grantXapiSecret(this.handler, this.xapiSecret);
    new CfnOutput(this, "XapiSecret", {
      value: this.xapiSecret.secretId,
      description: "Put the LRS's JSON here (README, xAPI statements)",
    });
    const outbox = XAPI_ACCESS.outboxCondition;
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...XAPI_ACCESS.consumerActions],
        resources: [props.table.tableArn],
        conditions: { [outbox.test]: { [outbox.variable]: [...outbox.values] } },
      }),
    );
  }

  /**
   * The email consumer (decisions 0063, 0073): the sender and the origins its links are
   * built from, SES as that one sender, the address from the user pool, the digest's days.
   * The API function has none of these: it never sends.
   */
  private grantEmail(props: EventsStackProps) {
    grantEmailSending(this.handler, props);
    const digest = EMAIL_ACCESS.digestCondition;
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...EMAIL_ACCESS.digestActions],
        resources: [props.table.tableArn],
        conditions: { [digest.test]: { [digest.variable]: [...digest.values] } },
      }),
    );
  }
}
