import {
  SCHEDULE_DELIVERY,
  SCHEDULED_JOBS,
  scheduleInput,
} from "../packages/core/src/schema/index.ts";
import { platformFunctionArgs } from "./api.ts";
import { emailSendingEnvironment, emailSendingPermissions } from "./email-sending.ts";
import {
  DIGEST_JOB_ACCESS,
  SCHEDULE_DLQ_RETENTION_DAYS,
  SCHEDULED_FUNCTION,
  SCHEDULED_JOBS_ACCESS,
  XAPI_ACCESS,
} from "./platform-settings.ts";
import { table } from "./storage.ts";
import { xapiOutboxPermission, xapiSecretEnvironment, xapiSecretPermissions } from "./xapi.ts";

const access = SCHEDULED_JOBS_ACCESS;
const { readCondition, inboxCondition } = access;
const digest = DIGEST_JOB_ACCESS;

/**
 * The scheduled jobs' one function (decision 0078), as stacks/schedules-stack.ts: it runs
 * the job its input names, with the indexes, partitions and inbox writes the jobs need,
 * and the digest's days, marks and e-mail (decision 0075). Not linked to the table:
 * linking would grant all of it.
 */
const scheduledArgs = platformFunctionArgs(SCHEDULED_FUNCTION, [
  {
    actions: [...access.indexActions],
    resources: access.indexes.map((index) => $interpolate`${table.arn}/index/${index}`),
  },
  {
    actions: [...access.readActions],
    resources: [table.arn],
    conditions: [{ ...readCondition, values: [...readCondition.values] }],
  },
  {
    actions: [...access.inboxActions],
    resources: [table.arn],
    conditions: [{ ...inboxCondition, values: [...inboxCondition.values] }],
  },
  {
    actions: [...digest.dayActions],
    resources: [table.arn],
    conditions: [{ ...digest.dayCondition, values: [...digest.dayCondition.values] }],
  },
  {
    actions: [...digest.personActions],
    resources: [table.arn],
    conditions: [{ ...digest.personCondition, values: [...digest.personCondition.values] }],
  },
  ...emailSendingPermissions,
  // `xapi-retry` (decision 0090): the LRS's secret, and marking the outbox's statements.
  ...xapiSecretPermissions,
  xapiOutboxPermission(XAPI_ACCESS.retryActions),
]);
export const scheduledFunction = new sst.aws.Function("ScheduledFunction", {
  ...scheduledArgs,
  environment: {
    ...scheduledArgs.environment,
    ...emailSendingEnvironment,
    ...xapiSecretEnvironment,
  },
});

/** What a schedule could not deliver after its retries: the invocation's input. */
export const scheduleDeadLetters = new sst.aws.Queue("ScheduleDeadLetters", {
  transform: {
    queue: {
      sqsManagedSseEnabled: true,
      messageRetentionSeconds: SCHEDULE_DLQ_RETENTION_DAYS * 24 * 60 * 60,
    },
  },
});

new aws.sqs.QueuePolicy("ScheduleDeadLettersTlsOnly", {
  queueUrl: scheduleDeadLetters.url,
  policy: $jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Deny",
        Principal: { AWS: "*" },
        Action: "sqs:*",
        Resource: scheduleDeadLetters.arn,
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ],
  }),
});

const account = aws.getCallerIdentityOutput({}).accountId;

/** The schedules' role: this account's EventBridge Scheduler may invoke that function, nothing else. */
const scheduleRole = new aws.iam.Role("ScheduleRole", {
  assumeRolePolicy: $jsonStringify({
    Version: "2012-10-17",
    Statement: [
      {
        Effect: "Allow",
        Principal: { Service: "scheduler.amazonaws.com" },
        Action: "sts:AssumeRole",
        Condition: { StringEquals: { "aws:SourceAccount": account } },
      },
    ],
  }),
  inlinePolicies: [
    {
      name: "invoke",
      policy: $jsonStringify({
        Version: "2012-10-17",
        Statement: [
          { Effect: "Allow", Action: [...access.invokeActions], Resource: scheduledFunction.arn },
          {
            Effect: "Allow",
            Action: [...access.deadLetterActions],
            Resource: scheduleDeadLetters.arn,
          },
        ],
      }),
    },
  ],
});

/** One EventBridge Scheduler schedule per job of core's SCHEDULED_JOBS, at the minute. */
export const schedules = SCHEDULED_JOBS.map(
  (job) =>
    new aws.scheduler.Schedule(`Schedule-${job.name}`, {
      description: job.description,
      scheduleExpression: job.schedule,
      scheduleExpressionTimezone: SCHEDULE_DELIVERY.timezone,
      flexibleTimeWindow: { mode: "OFF" },
      state: "ENABLED",
      target: {
        arn: scheduledFunction.arn,
        roleArn: scheduleRole.arn,
        input: scheduleInput(job.name),
        retryPolicy: {
          maximumRetryAttempts: SCHEDULE_DELIVERY.retryAttempts,
          maximumEventAgeInSeconds: SCHEDULE_DELIVERY.maxEventAgeSeconds,
        },
        deadLetterConfig: { arn: scheduleDeadLetters.arn },
      },
    }),
);
