import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import {
  API_USER_POOL_ACTIONS,
  EMAIL_ACCESS,
  emailSender,
  NOTIFICATIONS_ACCESS,
  REGION,
  SEARCH_SNAPSHOT_ACCESS,
  STREAM_CONSUMER_ACCESS,
  STREAM_DLQ_RETENTION_DAYS,
  STREAM_FUNCTION,
  STREAM_TABLE_ACCESS,
  TRACE_WRITE_ACTIONS,
  WORKSHOP_LESSON_ACCESS,
  XAPI_ACCESS,
} from "../../infra/platform-settings.ts";
import {
  CATALOG_INDEX,
  CHANGE_DELIVERY,
  CITY_KEY_PREFIX,
  DIGEST_DAY_KEY_PREFIX,
  ENV,
  EVENT_KEY_PREFIX,
  EXCHANGE_ITEM_KEY_PREFIX,
  EXCHANGE_REQUEST_KEY_PREFIX,
  NOTIFICATION_KEY_PREFIX,
  PROCESSED_CHANGE_KEY_PREFIX,
  SEARCH_SNAPSHOT_KEY,
  UNSUBSCRIBE_LINK_KEY_PREFIX,
  XAPI_STATEMENT_KEY_PREFIX,
} from "../../packages/core/src/schema/index.ts";
import { createAlliance } from "../../stacks/alliance.ts";
import {
  expectEmailEnvironment,
  expectSendOnlyAs,
  HOOK_TIMEOUT_MS,
  onlyResource,
  repoRoot,
  synthAlliance,
  TEST_ALARM_EMAIL,
  TEST_SITE_URL,
  testApp,
} from "./synth-alliance.ts";

let events: Template;
let api: Template;

beforeAll(() => {
  ({ events, api } = synthAlliance());
}, HOOK_TIMEOUT_MS);

type Statement = { Action: string | string[]; Resource: unknown; Condition?: unknown };

function statements(): Statement[] {
  const policy = onlyResource(events, "AWS::IAM::Policy").Properties;
  return (policy.PolicyDocument as { Statement: Statement[] }).Statement;
}

const actions = (statement: Statement) => [statement.Action].flat();

describe("the change stream's delivery (decision 0024)", () => {
  it("reads the table's stream from its oldest record, in batches, with core's retry settings", () => {
    const mapping = onlyResource(events, "AWS::Lambda::EventSourceMapping").Properties;
    expect(mapping).toMatchObject({
      StartingPosition: "TRIM_HORIZON",
      BatchSize: CHANGE_DELIVERY.batchSize,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: CHANGE_DELIVERY.retryAttempts,
      MaximumRecordAgeInSeconds: CHANGE_DELIVERY.maxRecordAgeSeconds,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
    });
    expect(JSON.stringify(mapping.EventSourceArn)).toMatch(/Table\w*StreamArn/);
    // Bounded: a poison record cannot hold its shard for the stream's whole 24 hours.
    expect(CHANGE_DELIVERY.retryAttempts).toBeGreaterThan(0);
    expect(CHANGE_DELIVERY.maxRecordAgeSeconds).toBeLessThan(24 * 60 * 60);
  });

  it("sends what it gives up on to an encrypted, TLS-only dead-letter queue", () => {
    const mapping = onlyResource(events, "AWS::Lambda::EventSourceMapping").Properties;
    const queueId = events.getResourceId("AWS::SQS::Queue");
    expect(mapping.DestinationConfig).toEqual({
      OnFailure: { Destination: { "Fn::GetAtt": [queueId, "Arn"] } },
    });
    const queue = onlyResource(events, "AWS::SQS::Queue").Properties;
    expect(queue).toMatchObject({
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: STREAM_DLQ_RETENTION_DAYS * 24 * 60 * 60,
    });
    const policy = onlyResource(events, "AWS::SQS::QueuePolicy").Properties;
    expect(JSON.stringify(policy.PolicyDocument)).toContain('"aws:SecureTransport":"false"');
  });
});

describe("the stream function", () => {
  it("runs the stream entry on Node 22, arm64, with the platform's configuration", () => {
    const fn = onlyResource(events, "AWS::Lambda::Function").Properties;
    expect(fn).toMatchObject({
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      Handler: `index.${STREAM_FUNCTION.exportName}`,
      Timeout: STREAM_FUNCTION.timeoutSeconds,
    });
    const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    for (const name of [ENV.tableName, ENV.userPoolId, ENV.attachmentsBucket, ENV.publicSiteUrl]) {
      expect(variables, name).toHaveProperty(name);
    }
    expect(variables).not.toHaveProperty(ENV.dynamoEndpoint);
  });

  it("may read the stream, write the dead-letter queue, its finished-change records and the search snapshot, query the catalogue, and what its consumers need, nothing more", () => {
    const all = statements();
    expect(all.flatMap(actions).sort()).toEqual(
      [
        "dynamodb:DescribeStream",
        "dynamodb:GetRecords",
        "dynamodb:GetShardIterator",
        "dynamodb:ListStreams",
        "sqs:GetQueueAttributes",
        "sqs:GetQueueUrl",
        "sqs:SendMessage",
        ...STREAM_TABLE_ACCESS.actions,
        "s3:GetObject",
        "s3:PutObject",
        "dynamodb:Query",
        ...STREAM_CONSUMER_ACCESS.itemActions,
        ...STREAM_CONSUMER_ACCESS.userPoolActions,
        ...WORKSHOP_LESSON_ACCESS.actions,
        ...NOTIFICATIONS_ACCESS.inboxActions,
        ...NOTIFICATIONS_ACCESS.readActions,
        ...EMAIL_ACCESS.sendActions,
        ...EMAIL_ACCESS.userPoolActions,
        ...EMAIL_ACCESS.digestActions,
        ...XAPI_ACCESS.secretActions,
        ...XAPI_ACCESS.consumerActions,
        // Its traces (X-Ray active tracing, decision 0040).
        ...TRACE_WRITE_ACTIONS,
      ].sort(),
    );
    const table = all.find((statement) => actions(statement).includes("dynamodb:PutItem"));
    expect(JSON.stringify(table?.Resource)).toMatch(/Table\w*Arn/);
    expect(JSON.stringify(table?.Resource)).not.toContain("/index/");
    expect(table?.Condition).toEqual({
      "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [`${PROCESSED_CHANGE_KEY_PREFIX}*`] },
    });
  });

  it("reads and writes the search snapshot's one object, and queries only the catalogue index and gsi1", () => {
    const all = statements();
    const objects = all.filter((statement) => actions(statement).some((a) => a.startsWith("s3:")));
    expect(objects.map(actions)).toEqual([[...SEARCH_SNAPSHOT_ACCESS.objectActions]]);
    const object = JSON.stringify(objects[0]?.Resource);
    expect(object).toMatch(/Attachments\w*Arn/);
    expect(object).toContain(`/${SEARCH_SNAPSHOT_KEY}`);
    expect(object).not.toContain("*");
    expect(SEARCH_SNAPSHOT_ACCESS.objectKey).toBe(SEARCH_SNAPSHOT_KEY);

    const queries = all.filter(
      (statement) => actions(statement).includes("dynamodb:Query") && !statement.Condition,
    );
    // One statement (CDK merges those of the same actions) naming the two indexes.
    expect(queries.map(actions)).toEqual([["dynamodb:Query"]]);
    const indexes = [queries[0]?.Resource].flat().map((index) => JSON.stringify(index));
    expect(indexes).toHaveLength(2);
    for (const index of indexes) {
      expect(index).toMatch(/Table\w*Arn/);
      expect(index).not.toContain("*");
    }
    expect(indexes.join()).toContain(`/index/${CATALOG_INDEX}`);
    expect(indexes.join()).toContain(`/index/${STREAM_CONSUMER_ACCESS.index}`);
  });

  it("lets its consumers touch cities and exchange items only, and only add someone to a group", () => {
    const all = statements();
    const items = all.find(
      (statement) =>
        actions(statement).includes("dynamodb:UpdateItem") &&
        !actions(statement).includes("dynamodb:PutItem"),
    );
    expect(actions(items as Statement)).toEqual([...STREAM_CONSUMER_ACCESS.itemActions]);
    expect(JSON.stringify(items?.Resource)).not.toContain("/index/");
    expect(items?.Condition).toEqual({
      "ForAllValues:StringLike": {
        "dynamodb:LeadingKeys": [`${CITY_KEY_PREFIX}*`, `${EXCHANGE_ITEM_KEY_PREFIX}*`],
      },
    });
    const pools = all.filter((statement) =>
      actions(statement).some((a) => a.startsWith("cognito")),
    );
    // The email consumer's AdminGetUser shares the statement (CDK merges those of one resource).
    expect(pools.flatMap(actions).sort()).toEqual([
      "cognito-idp:AdminAddUserToGroup",
      "cognito-idp:AdminGetUser",
      "cognito-idp:AdminListGroupsForUser",
    ]);
    for (const pool of pools) expect(JSON.stringify(pool.Resource)).toMatch(/UserPool\w*Arn/);
  });

  it("lets the workshop-attendance consumer save progress in events', people's, courses', cities' and certificates' partitions only", () => {
    const workshop = statements().find(
      (statement) =>
        actions(statement).includes("dynamodb:Query") &&
        actions(statement).includes("dynamodb:GetItem"),
    );
    expect(actions(workshop as Statement).sort()).toEqual(
      [...WORKSHOP_LESSON_ACCESS.actions].sort(),
    );
    expect(JSON.stringify(workshop?.Resource)).toMatch(/Table\w*Arn/);
    expect(JSON.stringify(workshop?.Resource)).not.toContain("/index/");
    expect(workshop?.Condition).toEqual({
      "ForAllValues:StringLike": {
        "dynamodb:LeadingKeys": [...WORKSHOP_LESSON_ACCESS.condition.values],
      },
    });
    expect(WORKSHOP_LESSON_ACCESS.condition.values).not.toContain("*");
  });

  it("lets the notifications consumer write only people's inboxes and unsubscribe links, and query only events' and requests' partitions", () => {
    const all = statements();
    const table = (statement: Statement) => JSON.stringify(statement.Resource);
    // The one write statement besides the finished-change records' batch writes.
    const inbox = all.find(
      (statement) =>
        actions(statement).includes("dynamodb:PutItem") &&
        !actions(statement).includes("dynamodb:BatchWriteItem") &&
        !actions(statement).includes("dynamodb:Query"),
    );
    expect(actions(inbox as Statement)).toEqual([...NOTIFICATIONS_ACCESS.inboxActions]);
    expect(table(inbox as Statement)).not.toContain("/index/");
    expect(inbox?.Condition).toEqual({
      "ForAllValues:StringLike": {
        "dynamodb:LeadingKeys": [`${NOTIFICATION_KEY_PREFIX}*`, `${UNSUBSCRIBE_LINK_KEY_PREFIX}*`],
      },
    });
    const reads = all.find(
      (statement) => actions(statement).join() === "dynamodb:Query" && Boolean(statement.Condition),
    );
    expect(actions(reads as Statement)).toEqual(["dynamodb:Query"]);
    expect(table(reads as Statement)).not.toContain("/index/");
    expect(reads?.Condition).toEqual({
      "ForAllValues:StringLike": {
        "dynamodb:LeadingKeys": [`${EVENT_KEY_PREFIX}*`, `${EXCHANGE_REQUEST_KEY_PREFIX}*`],
      },
    });
  });
});

describe("notification e-mail (decisions 0063, 0073)", () => {
  const sender = emailSender(undefined, TEST_SITE_URL);

  it("gives the stream function the sender and the origins its links are built from", () => {
    expect(sender).toBe("notifications@alliance.example.eu");
    expectEmailEnvironment(onlyResource(events, "AWS::Lambda::Function").Properties, sender);
  });

  it("lets it send through SES only as the platform's sender, from that address", () => {
    expectSendOnlyAs(statements(), sender);
  });

  it("lets it put the digest's held notifications in their days' partitions only", () => {
    const digest = statements().find(
      (statement) => actions(statement).join() === "dynamodb:PutItem",
    );
    expect(JSON.stringify(digest?.Resource)).toMatch(/Table\w*Arn/);
    expect(JSON.stringify(digest?.Resource)).not.toContain("/index/");
    expect(digest?.Condition).toEqual({
      "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [`${DIGEST_DAY_KEY_PREFIX}*`] },
    });
  });

  it("gives the API function neither SES nor people's addresses", () => {
    const policies = Object.values(api.findResources("AWS::IAM::Policy"));
    const granted = policies.flatMap((policy) =>
      (policy.Properties.PolicyDocument as { Statement: Statement[] }).Statement.flatMap(actions),
    );
    expect(granted.some((action) => action.startsWith("ses:"))).toBe(false);
    expect(granted).not.toContain("cognito-idp:AdminGetUser");
    expect(API_USER_POOL_ACTIONS as readonly string[]).not.toContain("cognito-idp:AdminGetUser");
  });

  it("grants SST's stream function the same, from the same settings", () => {
    const source = readFileSync(join(repoRoot, "infra", "events.ts"), "utf8");
    for (const used of [
      "...emailSendingPermissions",
      "...emailSendingEnvironment",
      "mail.digestActions",
      "mail.digestCondition",
    ]) {
      expect(source, used).toContain(used);
    }
    const sending = readFileSync(join(repoRoot, "infra", "email-sending.ts"), "utf8");
    for (const used of [
      "mail.sendActions",
      "sesIdentityNames(sender)",
      "mail.fromCondition",
      "mail.userPoolActions",
      "[ENV.emailFrom]: sender",
      "[ENV.publicApiUrl]:",
    ]) {
      expect(sending, used).toContain(used);
    }
    const apiSource = readFileSync(join(repoRoot, "infra", "api.ts"), "utf8");
    expect(apiSource).not.toMatch(/ses:|EMAIL_ACCESS/);
  });
});

describe("xAPI in the cloud (decision 0090)", () => {
  const variables = (template: Template) =>
    (
      onlyResource(template, "AWS::Lambda::Function").Properties.Environment as {
        Variables: Record<string, unknown>;
      }
    ).Variables;

  it("makes the stage's LRS secret and gives the stream function its id, to read it and nothing else of Secrets Manager", () => {
    const secret = onlyResource(events, "AWS::SecretsManager::Secret").Properties;
    expect(secret.Description).toBe(XAPI_ACCESS.secretDescription);
    const secretId = events.getResourceId("AWS::SecretsManager::Secret");
    expect(variables(events)[ENV.xapiSecret]).toEqual({ Ref: secretId });
    const reads = statements().filter((statement) =>
      actions(statement).some((action) => action.startsWith("secretsmanager:")),
    );
    expect(reads.map(actions)).toEqual([["secretsmanager:GetSecretValue"]]);
    expect(reads[0]?.Resource).toEqual({ Ref: secretId });
  });

  it("lets the xapi consumer add, mark and drop statements in the outbox's partitions only", () => {
    const outbox = statements().find((statement) =>
      actions(statement).includes("dynamodb:DeleteItem"),
    );
    expect(actions(outbox as Statement).sort()).toEqual([...XAPI_ACCESS.consumerActions].sort());
    expect(JSON.stringify(outbox?.Resource)).toMatch(/Table\w*Arn/);
    expect(JSON.stringify(outbox?.Resource)).not.toContain("/index/");
    expect(outbox?.Condition).toEqual({
      "ForAllValues:StringLike": { "dynamodb:LeadingKeys": [`${XAPI_STATEMENT_KEY_PREFIX}*`] },
    });
  });

  it("uses an existing secret named at deploy instead, readable by that name only", () => {
    const app = testApp({ "aws:cdk:bundling-stacks": [] });
    const stacks = createAlliance(app, {
      stage: "staging",
      env: { account: "123456789012", region: REGION },
      repoRoot,
      publicSiteUrl: TEST_SITE_URL,
      alarmEmail: TEST_ALARM_EMAIL,
      xapiSecretName: "alliance/lrs",
    });
    const named = Template.fromStack(stacks.events);
    named.resourceCountIs("AWS::SecretsManager::Secret", 0);
    expect(variables(named)[ENV.xapiSecret]).toBe("alliance/lrs");
    const policy = onlyResource(named, "AWS::IAM::Policy").Properties;
    const read = (policy.PolicyDocument as { Statement: Statement[] }).Statement.find((statement) =>
      actions(statement).includes("secretsmanager:GetSecretValue"),
    );
    expect(JSON.stringify(read?.Resource)).toContain(
      ":secretsmanager:eu-west-1:123456789012:secret:alliance/lrs-??????",
    );
  });

  it("gives the API function neither the secret nor the outbox", () => {
    const policies = Object.values(api.findResources("AWS::IAM::Policy"));
    const granted = JSON.stringify(policies);
    expect(granted).not.toContain(XAPI_STATEMENT_KEY_PREFIX);
    expect(JSON.stringify(api.findResources("AWS::Lambda::Function"))).not.toContain(
      ENV.xapiSecret,
    );
  });

  it("grants SST's stream function the same, from the same settings", () => {
    const source = readFileSync(join(repoRoot, "infra", "events.ts"), "utf8");
    for (const used of [
      "...xapiSecretPermissions",
      "xapiOutboxPermission(XAPI_ACCESS.consumerActions)",
      "...xapiSecretEnvironment",
    ]) {
      expect(source, used).toContain(used);
    }
    const xapi = readFileSync(join(repoRoot, "infra", "xapi.ts"), "utf8");
    for (const used of [
      "XAPI_ACCESS.secretActions",
      "resources: [secretArn]",
      "[ENV.xapiSecret]: secretArn",
      "XAPI_ACCESS.secretNameVariable",
      "XAPI_ACCESS.outboxCondition",
    ]) {
      expect(xapi, used).toContain(used);
    }
  });
});
