import { CHANGE_DELIVERY } from "../packages/core/src/schema/index.ts";
import { platformFunctionArgs } from "./api.ts";
import { userPool } from "./auth.ts";
import { emailSendingEnvironment, emailSendingPermissions } from "./email-sending.ts";
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
} from "./platform-settings.ts";
import { attachments, table } from "./storage.ts";
import { xapiOutboxPermission, xapiSecretEnvironment, xapiSecretPermissions } from "./xapi.ts";

/**
 * What the change stream could not deliver (decision 0024): Lambda sends the shard and
 * sequence numbers of a batch given up after its retries, from which it can be read
 * again. Encrypted with SQS's own key; TLS only (below).
 */
export const changeDeadLetters = new sst.aws.Queue("ChangeStreamDeadLetters", {
  transform: {
    queue: {
      sqsManagedSseEnabled: true,
      messageRetentionSeconds: STREAM_DLQ_RETENTION_DAYS * 24 * 60 * 60,
    },
  },
});

new aws.sqs.QueuePolicy("ChangeStreamDeadLettersTlsOnly", {
  queueUrl: changeDeadLetters.url,
  policy: $jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Deny",
        Principal: { AWS: "*" },
        Action: "sqs:*",
        Resource: changeDeadLetters.arn,
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  }),
});

const { condition } = STREAM_TABLE_ACCESS;
const search = SEARCH_SNAPSHOT_ACCESS;
const consumers = STREAM_CONSUMER_ACCESS;
const workshops = WORKSHOP_LESSON_ACCESS;
const inbox = NOTIFICATIONS_ACCESS;
const mail = EMAIL_ACCESS;
const streamArgs = platformFunctionArgs(STREAM_FUNCTION, [
  {
    actions: [...STREAM_TABLE_ACCESS.actions],
    resources: [table.arn],
    conditions: [{ ...condition, values: [...condition.values] }],
  },
  { actions: ["sqs:SendMessage"], resources: [changeDeadLetters.arn] },
  // The search-snapshot consumer: its one object, and the catalogue index's reads.
  {
    actions: [...search.objectActions],
    resources: [$interpolate`${attachments.arn}/${search.objectKey}`],
  },
  {
    actions: [...search.indexActions],
    resources: [$interpolate`${table.arn}/index/${search.index}`],
  },
  // The city-status-marks and contributor-grant consumers.
  {
    actions: [...consumers.itemActions],
    resources: [table.arn],
    conditions: [{ ...consumers.condition, values: [...consumers.condition.values] }],
  },
  {
    actions: [...consumers.indexActions],
    resources: [$interpolate`${table.arn}/index/${consumers.index}`],
  },
  { actions: [...consumers.userPoolActions], resources: [userPool.arn] },
  // The workshop-attendance consumer: the lesson's progress, in its partitions only.
  {
    actions: [...workshops.actions],
    resources: [table.arn],
    conditions: [{ ...workshops.condition, values: [...workshops.condition.values] }],
  },
  // The notifications consumer: people's inboxes, and the partitions it reads.
  {
    actions: [...inbox.inboxActions],
    resources: [table.arn],
    conditions: [{ ...inbox.inboxCondition, values: [...inbox.inboxCondition.values] }],
  },
  {
    actions: [...inbox.readActions],
    resources: [table.arn],
    conditions: [{ ...inbox.readCondition, values: [...inbox.readCondition.values] }],
  },
  // The email consumer: SES as the one sender, the address from the pool, the digest's days.
  ...emailSendingPermissions,
  {
    actions: [...mail.digestActions],
    resources: [table.arn],
    conditions: [{ ...mail.digestCondition, values: [...mail.digestCondition.values] }],
  },
  // The xapi consumer (decisions 0088, 0090): the LRS's secret, and the outbox's partitions.
  ...xapiSecretPermissions,
  xapiOutboxPermission(XAPI_ACCESS.consumerActions),
]);

/**
 * The event backbone: the table's stream, in batches, to the function that runs the
 * registered change consumers, with the same delivery settings as stacks/events-stack.ts
 * (core's CHANGE_DELIVERY). Not linked to the table: linking would grant all of it.
 */
export const changeStream = table.subscribe(
  "ChangeStream",
  {
    ...streamArgs,
    environment: {
      ...streamArgs.environment,
      ...emailSendingEnvironment,
      ...xapiSecretEnvironment,
    },
  },
  {
    transform: {
      eventSourceMapping: {
        startingPosition: CHANGE_DELIVERY.startingPosition,
        batchSize: CHANGE_DELIVERY.batchSize,
        bisectBatchOnFunctionError: CHANGE_DELIVERY.bisectBatchOnError,
        maximumRetryAttempts: CHANGE_DELIVERY.retryAttempts,
        maximumRecordAgeInSeconds: CHANGE_DELIVERY.maxRecordAgeSeconds,
        functionResponseTypes: ["ReportBatchItemFailures"],
        destinationConfig: { onFailure: { destinationArn: changeDeadLetters.arn } },
      },
    },
  },
);
