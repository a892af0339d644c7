import { execFile } from "node:child_process";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  courseSummariesMigration,
  createDataService,
  createDynamoClient,
  ENV,
  MIGRATIONS,
  type Migration,
} from "@alliance/core";
import { localDynamoDb, migrateTable, scanItems, type TableTarget } from "@alliance/dev";
import { beforeAll, describe, expect, inject, it } from "vitest";
import type { Caller } from "./support/context.ts";
import { courseOf } from "./support/course-fixtures.ts";
import { ownTableContext } from "./support/own-table.ts";

/*
 * Data migrations (decision 0043) on a table of their own, as a stage whose courses
 * were published before course summaries existed (decision 0025): migration 001 must
 * write them, a dry run must write nothing, a stopped run must resume, and a second
 * run must change nothing.
 */
const env = inject("apiEnv");
let target: TableTarget;
let courseIds: string[];

/** Every item of the table, in key order, as DynamoDB holds it. */
async function tableState() {
  const client = localDynamoDb(env[ENV.dynamoEndpoint] as string);
  const items = [];
  for await (const item of scanItems(client, target.tableName)) items.push(item);
  client.destroy();
  return items.sort((a, b) => `${a.pk?.S}|${a.sk?.S}`.localeCompare(`${b.pk?.S}|${b.sk?.S}`));
}

function dataOf() {
  const client = createDynamoClient({ region: target.region, dynamoEndpoint: target.endpoint });
  return createDataService(client, target.tableName);
}

async function summaries() {
  const data = dataOf();
  return Promise.all(
    courseIds.map(
      async (courseId) => (await data.entities.courseSummary.get({ courseId }).go()).data,
    ),
  );
}

beforeAll(async () => {
  const ctx = await ownTableContext("migrate");
  target = {
    tableName: ctx.tableName,
    region: env[ENV.region] as string,
    endpoint: env[ENV.dynamoEndpoint] as string,
  };
  const trainer: Caller = await ctx.newUser({ groups: ["trainer"] });
  courseIds = [];
  for (let n = 0; n < 3; n += 1) courseIds.push((await courseOf(ctx, trainer)).courseId);
  // As on a stage published before summaries existed: the listings alone.
  const data = dataOf();
  for (const courseId of courseIds) await data.entities.courseSummary.delete({ courseId }).go();
});

describe("pnpm migrate", () => {
  it("--dry-run says what would change and writes nothing", async () => {
    const before = await tableState();
    const cli = join(import.meta.dirname, "../../packages/dev/src/migrate-cli.ts");
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", cli, "--dry-run"],
      {
        env: {
          ...process.env,
          [ENV.tableName]: target.tableName,
          [ENV.region]: target.region,
          [ENV.dynamoEndpoint]: target.endpoint,
        },
      },
    );
    for (const courseId of courseIds)
      expect(stdout).toContain(`001-course-summaries: would write the summary of ${courseId}`);
    expect(stdout).toContain("001-course-summaries: dry run (3 read, 3 would change)");
    expect(await tableState()).toEqual(before);
    expect(await summaries()).toEqual([null, null, null]);
  });

  it("resumes a run that stopped half-way at the page it was on", async () => {
    let applied = 0;
    const failing: Migration<unknown> = {
      ...courseSummariesMigration,
      async apply(data, item, dryRun) {
        applied += 1;
        if (applied === 2) throw new Error("connection lost");
        return courseSummariesMigration.apply(data, item as never, dryRun);
      },
    } as Migration<unknown>;
    await expect(migrateTable(target, { pageSize: 1 }, [failing])).rejects.toThrow(
      "connection lost",
    );
    const stopped = await dataOf()
      .entities.migration.get({ migrationId: "001-course-summaries" })
      .go();
    expect(stopped.data).toMatchObject({ state: "running", seen: 1, changed: 1 });
    expect(stopped.data?.cursor).toEqual(expect.any(String));
    expect((await summaries()).filter(Boolean)).toHaveLength(1);

    const [report] = await migrateTable(target, { pageSize: 1 });
    // The first page is not read again: the run goes on from the recorded cursor.
    expect(report).toMatchObject({ outcome: "applied", resumed: true, seen: 2, changed: 2 });
    expect((await summaries()).map((summary) => summary?.courseId)).toEqual(courseIds);
  });

  it("records each applied migration in the table", async () => {
    const { data } = await dataOf().entities.migration.query.byId({}).go();
    expect(data.map((record) => record.migrationId)).toEqual(MIGRATIONS.map(({ id }) => id));
    expect(data[0]).toMatchObject({
      migrationId: "001-course-summaries",
      state: "applied",
      seen: 3,
      changed: 3,
      finishedAt: expect.any(String),
    });
    expect(data[0]?.cursor).toBeUndefined();
  });

  it("changes nothing when run again, nor when an applied migration's up runs again", async () => {
    const before = await tableState();
    expect(await migrateTable(target)).toEqual(
      MIGRATIONS.map(({ id }) =>
        expect.objectContaining({ id, outcome: "already applied", changed: 0 }),
      ),
    );
    expect(await tableState()).toEqual(before);
    const again = { ...courseSummariesMigration, id: "001-course-summaries-again" };
    const [report] = await migrateTable(target, {}, [again as Migration<unknown>]);
    expect(report).toMatchObject({ outcome: "applied", seen: 3, changed: 0 });
    const after = (await tableState()).filter((item) => !item.sk?.S?.includes("again"));
    expect(after).toEqual(before);
  });

  it("stops at a migration that fails: the later ones wait until it passes", async () => {
    let later = 0;
    const failing: Migration<unknown> = {
      id: "900-fails",
      title: "Fails on its one item",
      page: async () => ({ items: [1], cursor: null }),
      apply: async () => {
        throw new Error("bad item");
      },
    };
    const next: Migration<unknown> = {
      id: "901-after",
      title: "Comes after",
      page: async () => ({ items: [1], cursor: null }),
      apply: async () => {
        later += 1;
        return null;
      },
    };
    await expect(migrateTable(target, {}, [failing, next])).rejects.toThrow("bad item");
    expect(later).toBe(0);
    const records = dataOf().entities.migration;
    expect((await records.get({ migrationId: "900-fails" }).go()).data?.state).toBe("running");
    expect((await records.get({ migrationId: "901-after" }).go()).data).toBeNull();
  });
});
