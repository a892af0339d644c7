import { randomUUID } from "node:crypto";
import { gzipSync } from "node:zlib";
import {
  createCatalogStore,
  createCore,
  createDynamoClient,
  decodeSnapshot,
  type LiveCatalogStore,
  type SnapshotObject,
  type StoredItem,
  s3SnapshotObject,
  searchQuerySchema,
} from "@alliance/core";
import {
  searchEngine as engine,
  exchangeSearch,
  rebuildSearchSnapshot,
  searchSnapshotConsumer,
} from "@alliance/core/exchange-search";
import { DEMO_CITIES, ensureTable, localDynamoDb, localS3 } from "@alliance/dev";
import { CreateBucketCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

/**
 * The search snapshot on the emulators (decision 0026): written to S3, loaded
 * by a cold catalogue with one GetObject before the delta, ignored (with a
 * warning) when missing or unreadable, and kept current by the stream consumer.
 * Its own table and bucket, so no other test's catalogue ever loads these.
 */
const cloud = inject("localCloud");
const region = "eu-west-1";
const tableName = `alliance-snapshot-${randomUUID().slice(0, 8)}`;
const bucket = `snapshot-${randomUUID().slice(0, 8)}`;
const s3 = localS3(cloud.endpoints.s3);
const client = createDynamoClient({ region, dynamoEndpoint: cloud.endpoints.dynamodb });
const { data } = createCore({
  config: { tableName, region, dynamoEndpoint: cloud.endpoints.dynamodb },
  client,
});
const object: SnapshotObject = s3SnapshotObject(s3, bucket);
const [city] = DEMO_CITIES;
let serial = 0;

/** S3 commands sent through the snapshot's client, by name. */
const s3Calls: string[] = [];
s3.middlewareStack.add(
  (next, context) => (args) => {
    s3Calls.push(String(context.commandName));
    return next(args);
  },
  { step: "initialize", name: "countSnapshotCalls" },
);

function newItem(title: string, overrides: Partial<StoredItem> = {}) {
  serial += 1;
  const at = new Date(Date.now() - 60_000 + serial).toISOString();
  return {
    itemId: `xch_01JD5EEDSNAP00000000000${String(serial).padStart(3, "0")}`,
    cityId: String(city?.cityId),
    cityName: String(city?.name),
    country: city?.country ?? "DK",
    ownerId: "usr_01JD5EEDDEM00000000000SNAP",
    kind: "initiative" as const,
    status: "published" as const,
    title,
    summary: "A practice shared with other cities.",
    description: "",
    themes: ["youth-work"],
    targetGroups: [],
    stakeholders: [],
    languages: ["fr"],
    tags: [],
    period: { start: "2024-01-01", end: null, ongoing: true },
    evidenceLevel: "self-assessed" as const,
    outcomes: "",
    contact: { name: "Contact", role: "Officer", email: "contact@city.example" },
    links: [],
    attachments: [],
    visibility: "public" as const,
    createdAt: at,
    updatedAt: at,
    changedAt: at,
    publishedAt: at,
    version: 1,
    ...overrides,
  };
}

const put = async (item: ReturnType<typeof newItem>) =>
  (await data.entities.exchangeItem.put(item).go()).data as StoredItem;
const titles = async (store: LiveCatalogStore, q: string) =>
  [...store.index().match(q).keys()].map(
    (id) => [...store.items()].find((item) => item.itemId === id)?.title,
  );
const warnings = () => {
  const told: string[] = [];
  return { told, warn: (message: string) => told.push(message) };
};

beforeAll(async () => {
  const admin = localDynamoDb(cloud.endpoints.dynamodb);
  await ensureTable(admin, tableName);
  admin.destroy();
  await s3.send(new CreateBucketCommand({ Bucket: bucket }));
  const anHourAgo = new Date(Date.now() - 3_600_000).toISOString();
  await put(newItem("Accompagnement des familles", { changedAt: anHourAgo, createdAt: anHourAgo }));
  await put(newItem("Ateliers de théâtre"));
});

afterAll(() => {
  s3.destroy();
  client.destroy();
});

describe("the search snapshot", () => {
  it("is loaded by a cold catalogue with one GetObject, then the delta since its watermark", async () => {
    const rebuilt = await rebuildSearchSnapshot(data, object);
    expect(rebuilt.items).toBe(2);
    // Written after the snapshot: only the delta can bring it.
    await put(newItem("Médiation dans les écoles"));
    // Rewritten in place, its index entry an hour older than the watermark: a full
    // read would see the new title, a store loaded from the snapshot keeps its own.
    const [families] = (await data.entities.exchangeItem.query.catalog({}).go()).data.filter(
      (item) => item.title.startsWith("Accompagnement"),
    );
    await put({ ...(families as ReturnType<typeof newItem>), title: "Changed behind its back" });

    s3Calls.length = 0;
    const { told, warn } = warnings();
    const cold = createCatalogStore(data, { snapshot: object, warn, engine });
    await cold.refresh();
    expect(s3Calls).toEqual(["GetObjectCommand"]);
    expect(told).toEqual([]);
    expect(cold.loadedFrom()).toBe("snapshot");
    expect(await titles(cold, "famille")).toEqual(["Accompagnement des familles"]);
    expect(await titles(cold, "école")).toEqual(["Médiation dans les écoles"]);
    expect([...cold.items()]).toHaveLength(3);
  });

  it("gives a store without a search engine (the API function's) the snapshot's items, not its index (decision 0096)", async () => {
    s3Calls.length = 0;
    const { told, warn } = warnings();
    const items = createCatalogStore(data, { snapshot: object, warn });
    await items.refresh();
    expect(s3Calls).toEqual(["GetObjectCommand"]);
    expect(told).toEqual([]);
    expect("index" in items).toBe(false);
    // The snapshot's own image of the item rewritten behind its back: loaded from it.
    expect([...items.items()].map((item) => item.title).sort()).toEqual([
      "Accompagnement des familles",
      "Ateliers de théâtre",
      "Médiation dans les écoles",
    ]);

    const core = createCore({
      config: {
        tableName,
        region,
        dynamoEndpoint: cloud.endpoints.dynamodb,
        attachmentsBucket: bucket,
        s3Endpoint: cloud.endpoints.s3,
      },
      client,
      s3,
    });
    await expect(core.exchange.search(searchQuerySchema.parse({ q: "theatre" }))).rejects.toThrow(
      /search function/,
    );
    const themes = await core.exchange.publishedThemes(true);
    expect([...themes.keys()]).toEqual([city?.cityId]);
  });

  it.each([
    ["missing", null, "No search snapshot"],
    ["corrupt", new TextEncoder().encode("not gzip at all"), "Search snapshot unusable"],
    [
      "of an older format",
      gzipSync(JSON.stringify({ format: "exchange-search/0", items: [] })),
      "Search snapshot unusable",
    ],
  ])(
    "when %s, is replaced by a full read with a warning, never a failed search",
    async (_how, body, message) => {
      const other = `snapshot-${randomUUID().slice(0, 8)}`;
      await s3.send(new CreateBucketCommand({ Bucket: other }));
      if (body) {
        await s3.send(
          new PutObjectCommand({
            Bucket: other,
            Key: "internal/search/exchange-items.json.gz",
            Body: body,
          }),
        );
      }
      const { told, warn } = warnings();
      const cold = createCatalogStore(data, {
        snapshot: s3SnapshotObject(s3, other),
        warn,
        engine,
      });
      await cold.refresh();
      expect(told).toEqual([expect.stringContaining(message)]);
      expect(cold.loadedFrom()).toBe("table");
      expect(await titles(cold, "ecoles")).toEqual(["Médiation dans les écoles"]);
    },
  );

  it("says a snapshot it may not read is not readable, and reads the whole catalogue", async () => {
    const denied = Object.assign(new Error("Access Denied"), { name: "AccessDenied" });
    const unlisted = {
      read: () => Promise.reject(denied),
      write: () => Promise.resolve(),
    };
    const { told, warn } = warnings();
    const cold = createCatalogStore(data, { snapshot: unlisted, warn, engine });
    await cold.refresh();
    expect(told).toEqual([expect.stringContaining("not written yet, or not permitted")]);
    expect(cold.loadedFrom()).toBe("table");
  });

  it("is kept current by the stream consumer, once per batch, whatever the replays", async () => {
    const consumer = searchSnapshotConsumer(data, object);
    const raw = async (itemId: string) => {
      const { Key } = data.entities.exchangeItem.get({ itemId }).params();
      return (await client.send(new GetCommand({ TableName: tableName, Key }))).Item ?? {};
    };
    const change = async (kind: "insert" | "modify" | "remove", itemId: string) => {
      const image = await raw(itemId);
      return {
        eventId: randomUUID(),
        kind,
        entity: "exchangeItem",
        keys: { pk: String(image.pk), sk: String(image.sk) },
        ...(kind === "remove" ? { oldImage: image } : { newImage: image }),
        at: new Date().toISOString(),
        sequenceNumber: String(serial),
      };
    };
    expect(consumer.wants({ ...(await change("insert", "xch_none")), entity: "city" })).toBe(false);

    const added = await put(newItem("Sport et prévention"));
    const insert = await change("insert", added.itemId);
    expect(consumer.wants(insert)).toBe(true);
    await consumer.handle(insert);
    s3Calls.length = 0;
    await consumer.flush?.();
    expect(s3Calls).toEqual(["PutObjectCommand"]);
    let stored = decodeSnapshot((await object.read()) ?? new Uint8Array());
    expect(stored.items.map((item) => item.title)).toContain("Sport et prévention");

    // A newer version, then the older image replayed: the newer one stays.
    const older = insert;
    await put({ ...(added as ReturnType<typeof newItem>), title: "Sport pour tous", version: 2 });
    await consumer.handle(await change("modify", added.itemId));
    await consumer.handle(older);
    await consumer.flush?.();
    stored = decodeSnapshot((await object.read()) ?? new Uint8Array());
    expect(stored.items.find((item) => item.itemId === added.itemId)?.title).toBe(
      "Sport pour tous",
    );

    // Nothing changed: no write.
    s3Calls.length = 0;
    await consumer.handle(await change("modify", added.itemId));
    await consumer.flush?.();
    expect(s3Calls).toEqual([]);

    // Removed: gone from the snapshot, and a cold catalogue no longer finds it.
    const removal = await change("remove", added.itemId);
    await data.entities.exchangeItem.delete({ itemId: added.itemId }).go();
    await consumer.handle(removal);
    await consumer.flush?.();
    stored = decodeSnapshot((await object.read()) ?? new Uint8Array());
    expect(stored.items.map((item) => item.itemId)).not.toContain(added.itemId);
    const cold = createCatalogStore(data, { snapshot: object, engine });
    await cold.refresh();
    expect(await titles(cold, "sport")).toEqual([]);
  });

  it("is written on the consumer's first run when there is none, and serves the API's search", async () => {
    const other = `snapshot-${randomUUID().slice(0, 8)}`;
    await s3.send(new CreateBucketCommand({ Bucket: other }));
    const fresh = s3SnapshotObject(s3, other);
    const { warn } = warnings();
    const consumer = searchSnapshotConsumer(data, fresh, { warn });
    await consumer.flush?.();
    const stored = decodeSnapshot((await fresh.read()) ?? new Uint8Array());
    expect(stored.items.length).toBeGreaterThanOrEqual(3);
    expect(stored.syncedUntil).not.toBeNull();

    const core = createCore({
      config: {
        tableName,
        region,
        dynamoEndpoint: cloud.endpoints.dynamodb,
        attachmentsBucket: other,
        s3Endpoint: cloud.endpoints.s3,
      },
      client,
      s3,
      search: exchangeSearch,
    });
    s3Calls.length = 0;
    const page = await core.exchange.search(searchQuerySchema.parse({ q: "theatre" }));
    expect(page.items.map((item) => item.title)).toEqual(["Ateliers de théâtre"]);
    expect(s3Calls).toEqual(["GetObjectCommand"]);
  });
});
