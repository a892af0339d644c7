import {
  APPLICATION_RETENTION_SECONDS,
  createDataService,
  createDynamoClient,
  ENV,
  type Migration,
  membershipRetentionMigration,
  runMigrations,
  tableSchema,
} from "@alliance/core";
import { localDynamoDb } from "@alliance/dev";
import { DescribeTimeToLiveCommand } from "@aws-sdk/client-dynamodb";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Caller, ifMatch, ok } from "./support/context.ts";
import { APPLICATION, application, applicationIn } from "./support/membership-fixtures.ts";
import { ownTableContext } from "./support/own-table.ts";

/*
 * Retention by DynamoDB TTL (decision 0045, docs/record-of-processing.md): the table's
 * TTL is on, and a membership application that ends without the city joining expires
 * a year after its last step, with every entry of its log.
 */
const env = inject("apiEnv");
let ctx: Awaited<ReturnType<typeof ownTableContext>>;
let admin: Caller;
let data: ReturnType<typeof createDataService>;

beforeAll(async () => {
  ctx = await ownTableContext("retention");
  admin = await ctx.newUser({ groups: ["admin"] });
  const client = createDynamoClient({
    region: env[ENV.region] as string,
    dynamoEndpoint: env[ENV.dynamoEndpoint] as string,
  });
  data = createDataService(client, ctx.tableName);
});

/** The application's stored expiry and its log entries' (epoch seconds, or undefined). */
async function expiriesOf(applicationId: string) {
  const { data: item } = await data.entities.membershipApplication.get({ applicationId }).go();
  const { data: log } = await data.entities.membershipEvent.query
    .byApplication({ applicationId })
    .go({ pages: "all" });
  return { item, application: item?.expiresAt, log: log.map((entry) => entry.expiresAt) };
}

const yearAfter = (iso: string) =>
  Math.floor(Date.parse(iso) / 1000) + APPLICATION_RETENTION_SECONDS;

async function declined() {
  const { applicant, applicationId } = await applicationIn(ctx, "information-requested", admin);
  await ok(
    application(ctx, applicant).resubmit.$post({
      param: { applicationId },
      json: APPLICATION,
      header: ifMatch(2),
    }),
  );
  const answer = await ok(
    application(ctx, admin).review.$post({
      param: { applicationId },
      json: { decision: "decline", message: "Not a local authority." },
      header: ifMatch(3),
    }),
  );
  return { applicationId, answer };
}

describe("the table's TTL", () => {
  it(`is on, on ${tableSchema.ttlAttribute}, in the tables bootstrap makes`, async () => {
    const client = localDynamoDb(env[ENV.dynamoEndpoint] as string);
    for (const table of [env[ENV.tableName] as string, ctx.tableName]) {
      const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: table }));
      expect(ttl.TimeToLiveDescription).toEqual({
        TimeToLiveStatus: "ENABLED",
        AttributeName: tableSchema.ttlAttribute,
      });
    }
    client.destroy();
  });
});

describe("a membership application", () => {
  it("declined, expires a year after the decision, with every entry of its log", async () => {
    const { applicationId, answer } = await declined();
    const stored = await expiriesOf(applicationId);
    expect(stored.application).toBe(yearAfter(answer.updatedAt));
    expect(stored.log).toEqual(Array(4).fill(yearAfter(answer.updatedAt)));
    // What the API shows is unchanged by it.
    expect(answer).not.toHaveProperty("expiresAt");
  });

  it("withdrawn, expires a year after the withdrawal", async () => {
    const { applicant, applicationId } = await applicationIn(ctx, "submitted", admin);
    const withdrawn = await ok(
      application(ctx, applicant).withdraw.$post({ param: { applicationId }, header: ifMatch(1) }),
    );
    const stored = await expiriesOf(applicationId);
    expect(stored.application).toBe(yearAfter(withdrawn.updatedAt));
    expect(stored.log).toEqual([yearAfter(withdrawn.updatedAt), yearAfter(withdrawn.updatedAt)]);
  });

  it("open or approved, has no expiry (an approved one is the record of how a city joined)", async () => {
    const open = await applicationIn(ctx, "information-requested", admin);
    const approving = await applicationIn(ctx, "submitted", admin, { form: { cityName: "Espoo" } });
    await ok(
      application(ctx, admin).review.$post({
        param: { applicationId: approving.applicationId },
        json: { decision: "approve" },
        header: ifMatch(1),
      }),
    );
    for (const { applicationId } of [open, approving]) {
      const stored = await expiriesOf(applicationId);
      expect(stored.application).toBeUndefined();
      expect(stored.log.every((expiry) => expiry === undefined)).toBe(true);
    }
  });

  it("that ended before retention existed gets its expiry from migration 002, once", async () => {
    const { applicationId, answer } = await declined();
    // As stored before this release: no expiry anywhere.
    await data.entities.membershipApplication.patch({ applicationId }).remove(["expiresAt"]).go();
    const { data: log } = await data.entities.membershipEvent.query
      .byApplication({ applicationId })
      .go({ pages: "all" });
    for (const entry of log)
      await data.entities.membershipEvent.patch(entry).remove(["expiresAt"]).go();
    expect((await expiriesOf(applicationId)).application).toBeUndefined();

    const migration = membershipRetentionMigration as Migration<unknown>;
    const lines: string[] = [];
    await runMigrations(data, [migration], { dryRun: true, onChange: (line) => lines.push(line) });
    expect(lines).toContain(
      `002-membership-retention: would expire ${applicationId} and 4 log entries at ${new Date(yearAfter(answer.updatedAt) * 1000).toISOString()}`,
    );
    expect((await expiriesOf(applicationId)).application).toBeUndefined();

    const [report] = await runMigrations(data, [migration]);
    expect(report?.changed).toBeGreaterThanOrEqual(1);
    const stored = await expiriesOf(applicationId);
    expect(stored.application).toBe(yearAfter(answer.updatedAt));
    expect(stored.log).toEqual(Array(4).fill(yearAfter(answer.updatedAt)));
    // Its up again, under another id: nothing left to change.
    const again = { ...migration, id: "002-membership-retention-again" };
    expect((await runMigrations(data, [again]))[0]).toMatchObject({ changed: 0 });
  });
});
