import { randomUUID } from "node:crypto";
import { createAppFromEnv } from "@alliance/api";
import {
  createCore,
  createDynamoClient,
  decodeSnapshot,
  s3SnapshotObject,
  searchQuerySchema,
} from "@alliance/core";
import { exchangeSearch } from "@alliance/core/exchange-search";
import { DEMO_CITIES, LOCAL_REGION, localS3 } from "@alliance/dev";
import { CreateBucketCommand } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import {
  type Caller,
  clientsOver,
  people,
  type Send,
  type TestContext,
} from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

/**
 * The search snapshot kept current by the change stream (decisions 0024 and 0026), end
 * to end on the emulators: items published, archived and deleted through the API and
 * core, DynamoDB Local's stream polled into the stream Lambda's handler with the
 * registered consumers, the snapshot in the S3 emulator, and a cold container that
 * finds what the stream brought with one GetObject. A table and a bucket of its own.
 */
const cloud = inject("localCloud");
const bucket = `search-stream-${randomUUID().slice(0, 8)}`;
const s3 = localS3(cloud.endpoints.s3);
const [city] = DEMO_CITIES;
const WORD = `zyqwort${randomUUID().slice(0, 6).replace(/\d/g, "x")}`;

let stream: ChangeStream;
let ctx: TestContext;
let contributor: Caller;
let admin: Caller;

/** The snapshot as the stream left it in the bucket. */
async function stored() {
  const body = await s3SnapshotObject(s3, bucket).read();
  if (!body) throw new Error("No search snapshot in the bucket");
  return decodeSnapshot(body);
}

/**
 * A fresh core over the same table and bucket, as in a cold container; its S3 calls, by
 * name. With `failFirstQuery`, its first DynamoDB Query fails (a fault the emulator cannot make).
 */
function coldCore({ failFirstQuery = false } = {}) {
  const calls: string[] = [];
  const client = localS3(cloud.endpoints.s3);
  client.middlewareStack.add(
    (next, context) => (args) => {
      calls.push(String(context.commandName));
      return next(args);
    },
    { step: "initialize", name: "countColdCalls" },
  );
  const config = {
    tableName: stream.tableName,
    region: LOCAL_REGION,
    dynamoEndpoint: cloud.endpoints.dynamodb,
    attachmentsBucket: bucket,
    s3Endpoint: cloud.endpoints.s3,
  };
  const dynamo = createDynamoClient(config);
  let failing = failFirstQuery;
  dynamo.middlewareStack.add(
    (next, context) => (args) => {
      if (failing && context.commandName === "QueryCommand") {
        failing = false;
        throw Object.assign(new Error("Query refused once"), { name: "InternalServerError" });
      }
      return next(args);
    },
    { step: "initialize", name: "failFirstQuery" },
  );
  const core = createCore({ config, client: dynamo, s3: client, search: exchangeSearch });
  return { core, calls };
}

const titlesFound = async (core: ReturnType<typeof createCore>, q: string) =>
  (await core.exchange.search(searchQuerySchema.parse({ q }))).items.map((item) => item.title);

beforeAll(async () => {
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  stream = await changeStream({ bucket });
  await stream.core.data.entities.city
    .create({
      cityId: String(city?.cityId),
      name: String(city?.name),
      country: city?.country ?? "DK",
      description: "A city of the alliance.",
      createdAt: new Date().toISOString(),
      updatedAt: new Date().toISOString(),
      version: 1,
    })
    .go();
  // The API as production wires it, over this table and bucket.
  const app = createAppFromEnv(stream.env);
  const send: Send = async (_caller, input, init) => app.request(input, init);
  ctx = { app, ...clientsOver(send), ...people(cloud, send, "snapshot") };
  admin = await ctx.newUser({ groups: ["admin"] });
  contributor = await ctx.newUser({ groups: ["contributor"], cityId: String(city?.cityId) });
  await stream.start();
}, 60_000);

afterAll(async () => {
  await stream?.stop();
  s3.destroy();
});

describe("the search snapshot, kept current by the change stream", () => {
  it("holds an item published through the API, which a cold container finds with one GetObject", async () => {
    const { itemId } = await itemIn(ctx, "published", contributor, admin, {
      title: `Mentors against ${WORD}`,
    });
    await stream.poller.drained();

    const snapshot = await stored();
    const entry = snapshot.items.find((item) => item.itemId === itemId);
    expect(entry).toMatchObject({ status: "published", title: `Mentors against ${WORD}` });
    expect(snapshot.index.documentCount).toBe(1);

    const cold = coldCore();
    expect(await titlesFound(cold.core, WORD)).toEqual([`Mentors against ${WORD}`]);
    expect(cold.calls).toEqual(["GetObjectCommand"]);
  });

  it("drops an archived item from the index and a deleted one from the snapshot", async () => {
    const archived = await itemIn(ctx, "published", contributor, admin, {
      title: `Archived ${WORD}`,
    });
    const deleted = await itemIn(ctx, "published", contributor, admin, {
      title: `Deleted ${WORD}`,
    });
    await stream.poller.drained();
    expect((await stored()).items.map((item) => item.itemId)).toEqual(
      expect.arrayContaining([archived.itemId, deleted.itemId]),
    );

    const item = ctx.api(contributor).api.exchange.items[":itemId"];
    const answer = await item.archive.$post({
      param: { itemId: archived.itemId },
      header: { "if-match": `"${archived.version}"` },
    });
    expect(answer.status).toBe(200);
    // No route deletes an item (an account's deletion does): core's data, as that does.
    await stream.core.data.entities.exchangeItem.delete({ itemId: deleted.itemId }).go();
    await stream.poller.drained();

    const snapshot = await stored();
    const byId = new Map(snapshot.items.map((entry) => [entry.itemId, entry]));
    expect(byId.get(archived.itemId)?.status).toBe("archived");
    expect(byId.has(deleted.itemId)).toBe(false);
    expect(snapshot.index.documentCount).toBe(1);

    // A cold container restores exactly that: the delta it reads cannot see a deletion.
    const cold = coldCore();
    expect(await titlesFound(cold.core, WORD)).toEqual([`Mentors against ${WORD}`]);
    expect(cold.calls).toEqual(["GetObjectCommand"]);
  });

  it("is preloaded once, as the API function's init does; a failed preload leaves the search to load on its own", async () => {
    const cold = coldCore();
    const preload = cold.core.exchange.preloadSearch();
    const found = titlesFound(cold.core, WORD); // the first request, during the preload
    await preload;
    expect(await found).toEqual([`Mentors against ${WORD}`]);
    expect(cold.calls).toEqual(["GetObjectCommand"]);

    const faulty = coldCore({ failFirstQuery: true });
    const failed = faulty.core.exchange.preloadSearch();
    const search = titlesFound(faulty.core, WORD);
    await expect(failed).rejects.toThrow("Query refused once");
    expect(await search).toEqual([`Mentors against ${WORD}`]);
    expect(faulty.calls).toEqual(["GetObjectCommand"]);
  });

  it("carries a translation to the snapshot, where a cold container finds the item in its language", async () => {
    const marker = `uebersetzt${randomUUID().slice(0, 6).replace(/\d/g, "y")}`;
    const { itemId, version } = await itemIn(ctx, "published", contributor, admin);
    const answer = await ctx
      .api(admin)
      .api.exchange.items[":itemId"].translations[":language"].$put({
        param: { itemId, language: "de" },
        json: {
          title: `Mentoren für Jugendliche ${marker}`,
          summary: "Freiwillige treffen junge Menschen.",
          description: "",
        },
        header: { "if-match": `"${version}"` },
      });
    expect(answer.status).toBe(200);
    await stream.poller.drained();

    const entry = (await stored()).items.find((item) => item.itemId === itemId);
    expect(entry?.translations?.de?.title).toBe(`Mentoren für Jugendliche ${marker}`);
    const cold = coldCore();
    expect(await titlesFound(cold.core, `Jugendlichen ${marker}`)).toEqual([
      "Neighbourhood mentors for young people leaving school early",
    ]);
    expect(cold.calls).toEqual(["GetObjectCommand"]);
  });
});
