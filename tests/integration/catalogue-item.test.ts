import {
  type Actor,
  cardOf,
  cardsOf,
  courseCatalogueMigration,
  createCore,
  createDynamoClient,
  ENV,
  isVisibleError,
  type Migration,
  runMigrations,
  withActor,
} from "@alliance/core";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Caller, ifMatch, ok, type TestContext } from "./support/context.ts";
import { courseApi, courseOf } from "./support/course-fixtures.ts";
import { ownTableContext } from "./support/own-table.ts";

/*
 * The catalogue item (decision 0104): every listed course's card in one item, written
 * in the same transaction as each summary, on a table of its own so that the whole
 * catalogue can be compared with the whole set of summaries.
 */
const env = inject("apiEnv");
const admin: Actor = { kind: "user", subject: "catalogue-admin", username: "ca", roles: ["admin"] };
let ctx: TestContext & { tableName: string };
let trainer: Caller;

/**
 * A core over the test's table. `beforeTransaction` runs (awaited) before each of its
 * DynamoDB transactions is sent, as another writer that gets in between the
 * catalogue item's read and the transaction would.
 */
function coreOf(beforeTransaction?: () => Promise<void>) {
  const config = {
    tableName: ctx.tableName,
    region: env[ENV.region] as string,
    dynamoEndpoint: env[ENV.dynamoEndpoint] as string,
  };
  const client = createDynamoClient(config);
  let transactions = 0;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      if (String(context.commandName).startsWith("TransactWrite")) {
        transactions += 1;
        await beforeTransaction?.();
      }
      return next(args);
    },
    { step: "initialize", name: "beforeTransaction" },
  );
  return { core: createCore({ config, client }), transactions: () => transactions };
}

const byId = (a: { courseId: string }, b: { courseId: string }) =>
  a.courseId.localeCompare(b.courseId);

async function catalogueItem() {
  const { core } = coreOf();
  return (await core.data.entities.courseCatalogue.get({}).go({ consistent: true })).data;
}

/** What the catalogue item holds, and what the summaries say it should. */
async function catalogueAndSummaries() {
  const { core } = coreOf();
  const item = await catalogueItem();
  const { data: summaries } = await core.data.entities.courseSummary.query
    .catalogue({})
    .go({ pages: "all" });
  return {
    catalogue: item?.cards === undefined ? null : cardsOf({ cards: item.cards }).sort(byId),
    summaries: summaries
      .filter((summary) => summary.listed)
      .map(cardOf)
      .sort(byId),
  };
}

const publish = (courseId: string, version: number) => {
  const { course, param } = courseApi(ctx, trainer, courseId);
  return course.publish.$post({ param, header: ifMatch(version) });
};

/** The public catalogue's ids, every page (20 a page, as the site asks). */
async function listedIds() {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const page = await ok(
      ctx.api().api.courses.$get({ query: { limit: "20", ...(cursor && { cursor }) } }),
    );
    ids.push(...page.items.map((item) => item.courseId));
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return ids.sort();
}

beforeAll(async () => {
  ctx = await ownTableContext("catalogue-item");
  trainer = await ctx.newUser({ groups: ["trainer"] });
});

describe("the catalogue item", () => {
  it("keeps both cards of two publishes that meet between its read and its write", async () => {
    const first = await courseOf(ctx, trainer, { publish: false });
    const second = await courseOf(ctx, trainer, { publish: false });
    const before = (await catalogueItem())?.version ?? 0;
    let raced = false;
    // The second course is published (through the API's own client) after the first
    // publish read the catalogue item and before its transaction is sent.
    const { core, transactions } = coreOf(async () => {
      if (raced) return;
      raced = true;
      await ok(publish(second.courseId, second.version));
    });
    await withActor(admin, () => core.academy.publishing.publish(first.courseId, first.version));
    expect(raced).toBe(true);
    // The first transaction failed on the catalogue item's version and was tried again.
    expect(transactions()).toBe(2);
    const item = await catalogueItem();
    expect(item?.version).toBe(before + 2);
    const ids = cardsOf({ cards: item?.cards ?? "[]" }).map((card) => card.courseId);
    expect(ids).toEqual(expect.arrayContaining([first.courseId, second.courseId]));
    const { catalogue, summaries } = await catalogueAndSummaries();
    expect(catalogue).toEqual(summaries);
  });

  it("keeps every card of publishes sent at once", async () => {
    const drafts = [];
    for (let n = 0; n < 5; n += 1) drafts.push(await courseOf(ctx, trainer, { publish: false }));
    const answers = await Promise.all(drafts.map((d) => publish(d.courseId, d.version)));
    expect(answers.map((answer) => answer.status)).toEqual(drafts.map(() => 200));
    const { catalogue, summaries } = await catalogueAndSummaries();
    expect(catalogue).toEqual(summaries);
    expect(catalogue?.map((card) => card.courseId)).toEqual(
      expect.arrayContaining(drafts.map((d) => d.courseId)),
    );
    expect(await listedIds()).toEqual(summaries.map((card) => card.courseId).sort());
  });

  it("is left as it was by a publish whose transaction fails", async () => {
    const { courseId } = await courseOf(ctx, trainer);
    const before = await catalogueItem();
    // Another publication moved the listing on: the listing's condition fails.
    const { core } = coreOf();
    await core.data.entities.courseListing.patch({ courseId }).set({ versionNumber: 7 }).go();
    expect((await publish(courseId, 5)).status).toBe(412);
    expect(await catalogueItem()).toEqual(before);
    const summary = await core.data.entities.courseSummary.get({ courseId }).go();
    expect(summary.data?.versionNumber).toBe(1);
  });

  it("is left as it was, and the course unpublished, when it stays busy past the retries", async () => {
    const { courseId, version } = await courseOf(ctx, trainer, { publish: false });
    const before = await catalogueItem();
    const { core: other } = coreOf();
    // Another writer changes the catalogue item before every one of the publish's tries.
    const { core, transactions } = coreOf(async () => {
      await other.data.documentClient.send(
        new UpdateCommand({
          TableName: ctx.tableName,
          Key: other.data.entities.courseCatalogue.get({}).params().Key,
          UpdateExpression: "SET #version = #version + :one",
          ExpressionAttributeNames: { "#version": "version" },
          ExpressionAttributeValues: { ":one": 1 },
        }),
      );
    });
    const failure = await withActor(admin, () =>
      core.academy.publishing.publish(courseId, version),
    ).catch((error: unknown) => error);
    expect(isVisibleError(failure) && [failure.kind, failure.code]).toEqual([
      "unavailable",
      "catalogue-busy",
    ]);
    expect(transactions()).toBe(8);
    const after = await catalogueItem();
    expect(after?.cards).toBe(before?.cards);
    expect(after?.version).toBe((before?.version ?? 0) + 8);
    const draft = await ok(
      courseApi(ctx, trainer, courseId).course.draft.$get({ param: { courseId } }),
    );
    expect(draft).toMatchObject({ status: "draft", publishedVersion: null, version });
  });

  it("says what the summaries say through a new version, unpublish and archive", async () => {
    const title = `Catalogue agrees ${crypto.randomUUID().slice(0, 8)}`;
    const a = await courseOf(ctx, trainer, { fields: { title } });
    const b = await courseOf(ctx, trainer);
    const { course, param } = courseApi(ctx, trainer, a.courseId);
    await ok(course.draft.$patch({ param, json: { title: `${title} v2` }, header: ifMatch(5) }));
    await ok(course.publish.$post({ param, header: ifMatch(6) }));
    let state = await catalogueAndSummaries();
    expect(state.catalogue).toEqual(state.summaries);
    expect(state.catalogue?.find((card) => card.courseId === a.courseId)).toMatchObject({
      title: `${title} v2`,
      versionNumber: 2,
    });

    await ok(course.unpublish.$post({ param, header: ifMatch(7) }));
    const other = courseApi(ctx, trainer, b.courseId);
    await ok(other.course.archive.$post({ param: other.param, header: ifMatch(5) }));
    state = await catalogueAndSummaries();
    expect(state.catalogue).toEqual(state.summaries);
    const ids = state.catalogue?.map((card) => card.courseId);
    expect(ids).not.toContain(a.courseId);
    expect(ids).not.toContain(b.courseId);
    expect(await listedIds()).toEqual(state.summaries.map((card) => card.courseId).sort());

    // Published again: back in the catalogue, as its summary.
    await ok(course.publish.$post({ param, header: ifMatch(8) }));
    state = await catalogueAndSummaries();
    expect(state.catalogue).toEqual(state.summaries);
    expect(state.catalogue?.map((card) => card.courseId)).toContain(a.courseId);
  });

  it("once full, keeps no cards, and the catalogue reads the summaries", async () => {
    const { core } = coreOf();
    const pageBefore = await ok(ctx.api().api.courses.$get({ query: { limit: "20" } }));
    const before = await catalogueItem();
    // As when the cards outgrew CATALOGUE_MAX_BYTES: the item without them.
    await core.data.entities.courseCatalogue
      .put({ version: (before?.version ?? 0) + 1, updatedAt: new Date().toISOString() })
      .go();
    expect(await ok(ctx.api().api.courses.$get({ query: { limit: "20" } }))).toEqual(pageBefore);

    const { courseId } = await courseOf(ctx, trainer);
    const item = await catalogueItem();
    expect(item?.cards).toBeUndefined();
    expect(item?.version).toBe((before?.version ?? 0) + 2);
    const { summaries } = await catalogueAndSummaries();
    expect(summaries.map((card) => card.courseId)).toContain(courseId);
    expect(await listedIds()).toEqual(summaries.map((card) => card.courseId).sort());
  });

  it("is written by migration 003 on a table that has summaries only", async () => {
    const { core } = coreOf();
    const listedBefore = await listedIds();
    const pageBefore = await ok(ctx.api().api.courses.$get({ query: { limit: "20" } }));
    const { summaries: expected } = await catalogueAndSummaries();
    // As on a stage published before the catalogue item existed.
    await core.data.entities.courseCatalogue.delete({}).go();
    // The catalogue page reads the summaries meanwhile: the same answer.
    expect(await ok(ctx.api().api.courses.$get({ query: { limit: "20" } }))).toEqual(pageBefore);

    const fresh = {
      ...courseCatalogueMigration,
      id: `003-course-catalogue-${crypto.randomUUID()}`,
    } as Migration<unknown>;
    const lines: string[] = [];
    const [dry] = await runMigrations(core.data, [fresh], {
      dryRun: true,
      onChange: (line) => lines.push(line),
    });
    expect(dry?.changed).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/would write the catalogue item, from the summaries \(at crs_\w+\)$/);
    expect(await catalogueItem()).toBeNull();

    const [report] = await runMigrations(core.data, [fresh], { pageSize: 3 });
    expect(report).toMatchObject({ outcome: "applied" });
    const { catalogue, summaries } = await catalogueAndSummaries();
    expect(catalogue).toEqual(summaries);
    expect(catalogue).toEqual(expected);
    expect(await listedIds()).toEqual(listedBefore);

    const again = { ...fresh, id: `${fresh.id}-again` };
    const [second] = await runMigrations(core.data, [again]);
    expect(second).toMatchObject({ outcome: "applied", changed: 0 });
  });
});
