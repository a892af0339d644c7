import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import {
  DIGEST_JOB_ACCESS,
  emailSender,
  SCHEDULE_DLQ_RETENTION_DAYS,
  SCHEDULED_FUNCTION,
  SCHEDULED_JOBS_ACCESS,
  XAPI_ACCESS,
} from "../../infra/platform-settings.ts";
import {
  DIGEST_DAY_KEY_PREFIX,
  ENV,
  EVENT_KEY_PREFIX,
  NOTIFICATION_KEY_PREFIX,
  PERSON_KEY_PREFIX,
  SCHEDULE_DELIVERY,
  SCHEDULED_JOBS,
  UNSUBSCRIBE_LINK_KEY_PREFIX,
  XAPI_STATEMENT_KEY_PREFIX,
} from "../../packages/core/src/schema/index.ts";
import {
  expectEmailEnvironment,
  expectSendOnlyAs,
  HOOK_TIMEOUT_MS,
  lambdaFunction,
  onlyResource,
  repoRoot,
  synthAlliance,
  TEST_SITE_URL,
} from "./synth-alliance.ts";

let schedules: Template;

beforeAll(() => {
  ({ schedules } = synthAlliance());
}, HOOK_TIMEOUT_MS);

type Statement = {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
};
const actions = (statement: Statement) => [statement.Action].flat();
const functionId = () =>
  schedules.getResourceId("AWS::Lambda::Function", {
    Properties: { Handler: "index.handler" },
  });

/** Every statement the schedules stack's function policies grant. */
function granted(): Statement[] {
  return Object.values(schedules.findResources("AWS::IAM::Policy")).flatMap(
    (policy) =>
      (policy.Properties as { PolicyDocument: { Statement: Statement[] } }).PolicyDocument
        .Statement,
  );
}

const leading = (statement: Statement | undefined) =>
  (statement?.Condition as Record<string, Record<string, string[]>> | undefined)?.[
    "ForAllValues:StringLike"
  ]?.["dynamodb:LeadingKeys"];

function scheduleResources() {
  return Object.values(schedules.findResources("AWS::Scheduler::Schedule")).map(
    (resource) =>
      resource.Properties as Record<string, unknown> & { Target: Record<string, unknown> },
  );
}

describe("the scheduled jobs' schedules (decision 0078)", () => {
  it("makes one EventBridge Scheduler schedule per registered job, at its expression, in UTC, at the minute", () => {
    const made = scheduleResources();
    expect(made).toHaveLength(SCHEDULED_JOBS.length);
    for (const job of SCHEDULED_JOBS) {
      const schedule = made.find((one) => one.ScheduleExpression === job.schedule);
      expect(schedule, job.name).toMatchObject({
        ScheduleExpressionTimezone: "UTC",
        FlexibleTimeWindow: { Mode: "OFF" },
        State: "ENABLED",
      });
      // The input names the job and asks for the schedule's own time.
      expect(JSON.parse(String(schedule?.Target.Input))).toEqual({
        job: job.name,
        scheduledTime: "<aws.scheduler.scheduled-time>",
      });
    }
  });

  it("invokes only the scheduled function, retries a bounded number of times, then dead-letters", () => {
    const fn = functionId();
    const role = schedules.getResourceId("AWS::IAM::Role", {
      Properties: {
        AssumeRolePolicyDocument: {
          Statement: [{ Principal: { Service: "scheduler.amazonaws.com" } }],
        },
      },
    });
    const queue = schedules.getResourceId("AWS::SQS::Queue");
    for (const schedule of scheduleResources()) {
      expect(schedule.Target).toMatchObject({
        Arn: { "Fn::GetAtt": [fn, "Arn"] },
        RoleArn: { "Fn::GetAtt": [role, "Arn"] },
        RetryPolicy: {
          MaximumRetryAttempts: SCHEDULE_DELIVERY.retryAttempts,
          MaximumEventAgeInSeconds: SCHEDULE_DELIVERY.maxEventAgeSeconds,
        },
        DeadLetterConfig: { Arn: { "Fn::GetAtt": [queue, "Arn"] } },
      });
    }
    expect(SCHEDULE_DELIVERY.retryAttempts).toBeGreaterThan(0);
    const deadLetters = onlyResource(schedules, "AWS::SQS::Queue").Properties;
    expect(deadLetters).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: SCHEDULE_DLQ_RETENTION_DAYS * 24 * 60 * 60,
    });
  });

  it("gives the schedules a role only this account's scheduler may take, that may invoke that function and send to that queue, nothing else", () => {
    const [found] = Object.values(
      schedules.findResources("AWS::IAM::Role", {
        Properties: {
          AssumeRolePolicyDocument: {
            Statement: [{ Principal: { Service: "scheduler.amazonaws.com" } }],
          },
        },
      }),
    ) as { Properties: Record<string, unknown> }[];
    const role = found as { Properties: Record<string, unknown> };
    const trust = (role.Properties.AssumeRolePolicyDocument as { Statement: Statement[] })
      .Statement;
    expect(trust).toHaveLength(1);
    expect(trust[0]?.Condition).toEqual({
      StringEquals: { "aws:SourceAccount": "123456789012" },
    });
    const policies = role.Properties.Policies as { PolicyDocument: { Statement: Statement[] } }[];
    const granted = policies.flatMap((policy) => policy.PolicyDocument.Statement);
    expect(granted).toEqual([
      expect.objectContaining({
        Effect: "Allow",
        Action: "lambda:InvokeFunction",
        Resource: { "Fn::GetAtt": [functionId(), "Arn"] },
      }),
      expect.objectContaining({
        Effect: "Allow",
        Action: "sqs:SendMessage",
        Resource: { "Fn::GetAtt": [schedules.getResourceId("AWS::SQS::Queue"), "Arn"] },
      }),
    ]);
  });
});

describe("the scheduled function", () => {
  it("runs the scheduled entry on Node 22, arm64, with the platform's configuration", () => {
    const fn = lambdaFunction(schedules, "ScheduledFunction").Properties;
    expect(fn).toMatchObject({
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      Timeout: SCHEDULED_FUNCTION.timeoutSeconds,
      TracingConfig: { Mode: "Active" },
    });
    const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(Object.keys(variables)).toEqual(expect.arrayContaining([ENV.tableName, ENV.stage]));
  });

  it("may query the indexes, read events and profiles, write notifications, and the digest's days and marks, in those partitions only", () => {
    const onTable = granted().filter((statement) =>
      actions(statement).some((action) => action.startsWith("dynamodb:")),
    );
    expect(onTable).toHaveLength(6);
    const writer = onTable.find(
      (statement) =>
        actions(statement).includes("dynamodb:PutItem") &&
        !actions(statement).includes("dynamodb:DeleteItem"),
    );
    expect(actions(writer as Statement).sort()).toEqual(
      [...SCHEDULED_JOBS_ACCESS.inboxActions].sort(),
    );
    expect(leading(writer)).toEqual([`${NOTIFICATION_KEY_PREFIX}*`]);
    const reader = onTable.find(
      (statement) =>
        statement !== writer && actions(statement).join() === "dynamodb:GetItem,dynamodb:Query",
    );
    expect(leading(reader)).toEqual([`${EVENT_KEY_PREFIX}*`, `${PERSON_KEY_PREFIX}*`]);
    const indexes = onTable.find((statement) =>
      JSON.stringify(statement.Resource).includes("/index/"),
    );
    expect(actions(indexes as Statement)).toEqual(["dynamodb:Query"]);
    expect(JSON.stringify(indexes?.Resource)).toMatch(/\/index\/gsi1.*\/index\/gsi2/);
    expect(indexes?.Condition).toBeUndefined();
    // The digest (decision 0075): one day's partition, read only; people's marks and links.
    const days = onTable.find((statement) =>
      leading(statement)?.includes(`${DIGEST_DAY_KEY_PREFIX}*`),
    );
    expect(actions(days as Statement)).toEqual(["dynamodb:Query"]);
    expect(leading(days)).toEqual([`${DIGEST_DAY_KEY_PREFIX}*`]);
    const marks = onTable.find(
      (statement) =>
        actions(statement).includes("dynamodb:DeleteItem") &&
        actions(statement).includes("dynamodb:PutItem"),
    );
    expect(actions(marks as Statement).sort()).toEqual([...DIGEST_JOB_ACCESS.personActions].sort());
    expect(leading(marks)).toEqual([
      `${NOTIFICATION_KEY_PREFIX}*`,
      `${UNSUBSCRIBE_LINK_KEY_PREFIX}*`,
    ]);
    // Every other statement is on the table itself, under a partition condition.
    for (const statement of onTable) {
      if (statement === indexes) continue;
      expect(JSON.stringify(statement.Resource)).not.toContain("/index/");
      expect(leading(statement)?.length).toBeGreaterThan(0);
    }
    // Nothing else: no scan, no batch, no table-wide write; updates only in the outbox.
    for (const statement of onTable) {
      for (const action of actions(statement)) {
        expect([
          "dynamodb:Query",
          "dynamodb:GetItem",
          "dynamodb:PutItem",
          "dynamodb:DeleteItem",
          "dynamodb:UpdateItem",
        ]).toContain(action);
      }
      if (actions(statement).includes("dynamodb:UpdateItem")) {
        expect(leading(statement)).toEqual([`${XAPI_STATEMENT_KEY_PREFIX}*`]);
      }
    }
  });
});

describe("xapi-retry (decision 0090)", () => {
  it("runs every 15 minutes", () => {
    expect(SCHEDULED_JOBS.find((job) => job.name === "xapi-retry")?.schedule).toBe(
      "rate(15 minutes)",
    );
    expect(scheduleResources().map((one) => one.ScheduleExpression)).toContain("rate(15 minutes)");
  });

  it("gives the scheduled function the Events stack's LRS secret, to read it and nothing else of Secrets Manager", () => {
    const fn = lambdaFunction(schedules, "ScheduledFunction").Properties;
    const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(JSON.stringify(variables[ENV.xapiSecret])).toMatch(/-Events:ExportsOutputRefXapiLrs\w+/);
    const reads = granted().filter((statement) =>
      actions(statement).some((action) => action.startsWith("secretsmanager:")),
    );
    expect(reads.map(actions)).toEqual([["secretsmanager:GetSecretValue"]]);
    expect(reads[0]?.Resource).toEqual(variables[ENV.xapiSecret]);
  });

  it("lets it mark and drop the outbox's statements, in their partitions only", () => {
    const outbox = granted().find((statement) =>
      actions(statement).includes("dynamodb:UpdateItem"),
    );
    expect(actions(outbox as Statement).sort()).toEqual([...XAPI_ACCESS.retryActions].sort());
    expect(leading(outbox)).toEqual([`${XAPI_STATEMENT_KEY_PREFIX}*`]);
  });

  it("grants SST's scheduled function the same, from the same settings", () => {
    const source = readFileSync(join(repoRoot, "infra", "schedules.ts"), "utf8");
    for (const used of [
      "...xapiSecretPermissions",
      "xapiOutboxPermission(XAPI_ACCESS.retryActions)",
      "...xapiSecretEnvironment",
    ]) {
      expect(source, used).toContain(used);
    }
  });
});

describe("the daily digest's e-mail (decision 0075)", () => {
  const sender = emailSender(undefined, TEST_SITE_URL);

  it("gives the scheduled function the sender and the origins its links are built from", () => {
    expectEmailEnvironment(lambdaFunction(schedules, "ScheduledFunction").Properties, sender);
  });

  it("lets it send through SES only as the platform's sender, and read people's addresses, nothing else of the pool", () => {
    expectSendOnlyAs(granted(), sender);
    const pool = granted().filter((statement) =>
      actions(statement).some((action) => action.startsWith("cognito-idp:")),
    );
    expect(pool.flatMap(actions)).toEqual(["cognito-idp:AdminGetUser"]);
    expect(JSON.stringify(pool[0]?.Resource)).toMatch(/UserPool\w*Arn/);
  });

  it("grants SST's scheduled function the same, from the same settings", () => {
    const source = readFileSync(join(repoRoot, "infra", "schedules.ts"), "utf8");
    for (const used of [
      "digest.dayActions",
      "digest.dayCondition",
      "digest.personActions",
      "digest.personCondition",
      "...emailSendingPermissions",
      "...emailSendingEnvironment",
    ]) {
      expect(source, used).toContain(used);
    }
  });
});
