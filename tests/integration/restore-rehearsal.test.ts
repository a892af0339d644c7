import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createAppFromEnv } from "@alliance/api";
import { ENV } from "@alliance/core";
import { localDynamoDb, scanItems } from "@alliance/dev";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { cityWorld } from "./support/city-fixtures.ts";
import { type Caller, clientsOver, ok, type TestContext } from "./support/context.ts";
import { courseOf } from "./support/course-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import { learnerOf } from "./support/learning-fixtures.ts";

/*
 * The restore runbook (docs/operations/restore.md), rehearsed on DynamoDB Local: a
 * stage's table is exported with `pnpm table:export`, imported into a NEW table made
 * as bootstrap makes it (`pnpm table:import --create`), and the API, configured with
 * the new table's name and nothing else changed, answers every read as before.
 */
const env = inject("apiEnv");
const run = promisify(execFile);
const cli = join(import.meta.dirname, "../../packages/dev/src/table-cli.ts");
const folder = mkdtempSync(join(tmpdir(), "alliance-restore-"));
const file = join(folder, "export.jsonl");
let world: Awaited<ReturnType<typeof cityWorld>>;
let restored: Pick<TestContext, "api">;
const restoredTable = `restored-${crypto.randomUUID().slice(0, 8)}`;
let courseId: string;
let itemId: string;

/** Runs the table tool as an operator does, on `table` of the local DynamoDB. */
const tableTool = (args: string[], table: string) =>
  run(process.execPath, ["--import", "tsx", cli, ...args], {
    env: {
      ...process.env,
      [ENV.tableName]: table,
      [ENV.region]: env[ENV.region],
      [ENV.dynamoEndpoint]: env[ENV.dynamoEndpoint],
    },
  });

async function itemsOf(table: string) {
  const client = localDynamoDb(env[ENV.dynamoEndpoint] as string);
  const items = [];
  for await (const item of scanItems(client, table)) items.push(item);
  client.destroy();
  return items.sort((a, b) => `${a.pk?.S}|${a.sk?.S}`.localeCompare(`${b.pk?.S}|${b.sk?.S}`));
}

beforeAll(async () => {
  world = await cityWorld("restore");
  const { ctx, callers } = world;
  ({ courseId } = await courseOf(ctx, callers.trainer));
  ({ itemId } = await itemIn(ctx, "published", callers.contributorOwnCity, callers.admin));
  const mine = learnerOf(ctx, callers.learner, courseId);
  await ok(mine.enrolment.$put({ param: mine.param }));
  const saved = await ctx
    .api(callers.learner)
    .api.me.bookmarks[":itemId"].$put({ param: { itemId } });
  expect(saved.status).toBeLessThan(300);

  const exported = await tableTool(["export", "--out", file], world.ctx.tableName);
  expect(exported.stdout).toMatch(/^Exported \d+ items of table restore-/);
  const imported = await tableTool(["import", "--in", file, "--create"], restoredTable);
  expect(imported.stdout).toMatch(/^Imported \d+ items/);
  // The stage switched to the new table: the same configuration but its name.
  const app = createAppFromEnv({ ...env, [ENV.tableName]: restoredTable, LOG_LEVEL: "SILENT" });
  restored = clientsOver(async (_caller, input, init) => app.request(input, init));
});

afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("a restore into a new table", () => {
  it("holds every item of the old one, exactly", async () => {
    const before = await itemsOf(world.ctx.tableName);
    expect(before.length).toBeGreaterThan(10);
    expect(await itemsOf(restoredTable)).toEqual(before);
  });

  it("refuses to import into a table that holds items", async () => {
    await expect(tableTool(["import", "--in", file], restoredTable)).rejects.toMatchObject({
      stderr: expect.stringContaining("is not empty: import only into a new table"),
    });
  });

  it("serves the catalogue, a course, an item, cities and people as the old table did", async () => {
    const reads: ((api: TestContext["api"]) => Promise<unknown>)[] = [
      (api) => ok(api().api.courses.$get({ query: {} })),
      (api) => ok(api().api.courses[":courseId"].$get({ param: { courseId } })),
      (api) => ok(api().api.exchange.items[":itemId"].$get({ query: {}, param: { itemId } })),
      (api) =>
        ok(
          api(world.callers.learner).api.exchange.items[":itemId"].$get({
            query: {},
            param: { itemId },
          }),
        ),
      (api) => ok(api().api.cities.$get({ query: {} })),
      (api) => ok(api(world.callers.learner).api.me.$get()),
      (api) => ok(api(world.callers.contributorOwnCity).api.me.$get()),
      (api) => ok(api(world.callers.learner).api.me.learning.$get()),
      (api) => ok(api(world.callers.learner).api.me.bookmarks.$get({ query: {} })),
    ];
    for (const read of reads) {
      const before = await read(world.ctx.api);
      expect(await read(restored.api)).toEqual(before);
    }
    const course = (await reads[1]?.(restored.api)) as { courseId: string };
    expect(course.courseId).toBe(courseId);
    const profile = (await reads[5]?.(restored.api)) as Record<string, unknown>;
    expect(profile).toMatchObject({ username: world.callers.learner.username });
  });

  it("takes writes on the new table (a signed-in person's own profile)", async () => {
    const learner: Caller = world.callers.learner;
    const me = await ok(restored.api(learner).api.me.$get());
    const changed = await ok(
      restored.api(learner).api.me.$patch({
        json: { position: "deputy-mayor" },
        header: { "if-match": `"${me.version}"` },
      }),
    );
    expect(changed.position).toBe("deputy-mayor");
    const old = await ok(world.ctx.api(learner).api.me.$get());
    expect(old.position).not.toBe("deputy-mayor");
  });
});
