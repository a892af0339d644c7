import { rmSync } from "node:fs";
import { performance } from "node:perf_hooks";
import {
  createCore,
  createDynamoClient,
  ENV,
  EVIDENCE_LEVELS,
  ITEM_KINDS,
  newId,
  type SearchQuery,
  STAKEHOLDERS,
  s3SnapshotObject,
  searchQuerySchema,
  TARGET_GROUPS,
  THEMES,
} from "@alliance/core";
import { exchangeSearch, rebuildSearchSnapshot } from "@alliance/core/exchange-search";
import { DEMO_CITIES, ensureTable, localDynamoDb, localS3 } from "@alliance/dev";
import { CreateBucketCommand, type S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, bench, describe, inject } from "vitest";
import "../support/provided.ts";
import { buildSearchEntries, coldSearch } from "./support/api-probe.ts";

/**
 * Exchange search at 100 and 10,000 published items, on DynamoDB Local. Each
 * size has its own table (same schema), filled straight through the entity.
 * Besides vitest's own figures, prints one table of medians as ratios to a
 * baseline measured in the same run (one GetItem round trip), the number of
 * DynamoDB requests a warm search makes, a cold container's first search from
 * the search snapshot (decision 0026) against one that reads the whole
 * catalogue, and the warm search at 10,000 items as a ratio to 100 items; then
 * the API function's own bundle as a cold container in a child process, with the
 * search preload started during init (lambda.ts) and without it, the request sent
 * at once (an on-demand cold start) or after a gap (init long done).
 * Never fails on time: it's a bench.
 *
 *   pnpm bench
 */
const SIZES = [100, 10_000] as const;
type DynamoDBDocumentClient = ReturnType<typeof createDynamoClient>;
const env = inject("apiEnv");
const region = env[ENV.region] ?? "eu-west-1";
const endpoint = env[ENV.dynamoEndpoint] ?? inject("localCloud").endpoints.dynamodb;
const s3Endpoint = inject("localCloud").endpoints.s3;
const s3 = localS3(s3Endpoint);

/** A typical visitor's search: two kinds, a theme, a language and a keyword. */
const FILTERED = searchQuerySchema.parse({
  q: "mentoring",
  kind: "initiative,experience",
  theme: "youth-work",
  language: "en",
});
const UNFILTERED = searchQuerySchema.parse({});
/** Keywords no search has asked yet (the store keeps the last 32 searches' matches). */
const UNSEEN = ["mentoring", "dialogue", "schools", "families", "probation"].flatMap((word) =>
  [0, 1, 2, 3, 4, 5].map((cut) =>
    searchQuerySchema.parse({ ...FILTERED, q: word.slice(0, word.length - cut) }),
  ),
);

const WORDS = ["mentoring", "dialogue", "schools", "families", "online", "probation", "sport"];
const LANGUAGES = ["en", "fr", "nl", "da", "sv", "it", "de"] as const;
const pick = <T>(values: readonly T[], i: number, step = 1): T =>
  values[(i * step) % values.length] as T;

/** Deterministic variety, so facet counts and keyword hits look like a real catalogue. */
function benchItem(i: number) {
  const city = pick(DEMO_CITIES, i);
  const at = new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
  return {
    itemId: newId("xch"),
    cityId: city.cityId,
    cityName: city.name,
    country: city.country,
    ownerId: "usr_01JD5EEDDEM00000000000BENC",
    kind: pick(ITEM_KINDS, i, 7),
    status: "published" as const,
    title: `Bench item ${i}: ${pick(WORDS, i, 3)} and ${pick(WORDS, i, 5)} in ${city.name}`,
    summary: `A practice about ${pick(WORDS, i, 11)} shared by ${city.name} for other cities to learn from.`,
    description: "Generated for the search benchmark. ".repeat(20),
    themes: [pick(THEMES, i, 3), pick(THEMES, i + 1, 5)].filter((v, k, a) => a.indexOf(v) === k),
    targetGroups: [pick(TARGET_GROUPS, i, 2)],
    stakeholders: [pick(STAKEHOLDERS, i), pick(STAKEHOLDERS, i + 2)],
    languages: [pick(LANGUAGES, i, 3), "en"].filter((v, k, a) => a.indexOf(v) === k),
    tags: [pick(WORDS, i, 2), "bench"],
    period: { start: "2024-01-01", end: null, ongoing: true },
    evidenceLevel: pick(EVIDENCE_LEVELS, i, 5),
    outcomes: "Measured outcomes would go here.",
    contact: { name: "Bench Contact", role: "Officer", email: "bench@city.example" },
    links: [],
    attachments: [],
    visibility: i % 10 === 0 ? ("members" as const) : ("public" as const),
    createdAt: at,
    updatedAt: at,
    changedAt: at,
    publishedAt: at,
    lastReviewedAt: at,
    version: 4,
  };
}

/** A document client that counts the DynamoDB requests made through it. */
function countingClient(): { client: DynamoDBDocumentClient; count: () => number } {
  const client = createDynamoClient({ region, dynamoEndpoint: endpoint });
  let requests = 0;
  client.middlewareStack.add(
    (next) => (args) => {
      requests += 1;
      return next(args);
    },
    { step: "initialize", name: "countRequests" },
  );
  return { client, count: () => requests };
}

/** Median of `runs` timed calls, after `warmup` untimed ones (JIT, connection pool). */
async function median(runs: number, fn: () => Promise<unknown>, warmup = 5): Promise<number> {
  for (let run = 0; run < warmup; run += 1) await fn();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

interface Fixture {
  tableName: string;
  bucket: string;
  snapshotBytes: number;
  client: DynamoDBDocumentClient;
  count: () => number;
  core: ReturnType<typeof createCore>;
  sampleId: string;
}

/** A fresh core, as in a cold container; with `bucket`, it loads the search snapshot from there. */
function coreFor(tableName: string, client: DynamoDBDocumentClient, bucket?: string) {
  return createCore({
    config: { tableName, region, dynamoEndpoint: endpoint, attachmentsBucket: bucket, s3Endpoint },
    client,
    s3: s3 as S3Client,
    search: exchangeSearch,
  });
}

async function prepare(size: number): Promise<Fixture> {
  const tableName = `alliance-bench-${size}`;
  const admin = localDynamoDb(endpoint);
  await ensureTable(admin, tableName);
  admin.destroy();
  const { client, count } = countingClient();
  const core = coreFor(tableName, client);
  const existing = await core.data.entities.exchangeItem.query.catalog({}).go({ limit: 1 });
  let sampleId = existing.data[0]?.itemId;
  if (!sampleId) {
    const items = Array.from({ length: size }, (_, i) => benchItem(i));
    for (let start = 0; start < items.length; start += 1000) {
      const result = await core.data.entities.exchangeItem
        .put(items.slice(start, start + 1000))
        .go({ concurrency: 4 });
      if (result.unprocessed.length > 0) throw new Error("DynamoDB Local left items unwritten");
    }
    sampleId = items[0]?.itemId ?? "";
  }
  // Each size its own bucket, holding that table's snapshot.
  const bucket = `alliance-bench-${size}`;
  await s3.send(new CreateBucketCommand({ Bucket: bucket })).catch(() => undefined);
  const snapshot = await rebuildSearchSnapshot(core.data, s3SnapshotObject(s3, bucket));
  await core.exchange.search(UNFILTERED); // warm: the catalogue is loaded
  return { tableName, bucket, snapshotBytes: snapshot.bytes, client, count, core, sampleId };
}

/** Child processes per variant of the Lambda cold start; the gap after init, in ms. */
const LAMBDA_RUNS = 3;
const INIT_GAP_MS = 3_000;

/**
 * The API function's first search in a cold container (its bundle, imported in a
 * child process, then one API Gateway event), with and without the preload, medians.
 */
async function coldLambda(fixture: Fixture): Promise<string[]> {
  const entries = await buildSearchEntries();
  try {
    const childEnv = {
      ...env,
      [ENV.tableName]: fixture.tableName,
      [ENV.attachmentsBucket]: fixture.bucket,
    };
    const query = new URLSearchParams({
      q: "mentoring",
      kind: "initiative,experience",
      theme: "youth-work",
      language: "en",
    });
    const path = `/api/exchange/items?${query}`;
    const variants = [
      ["without preload, request at once", entries.plain.file, 0],
      ["with preload, request at once", entries.api.file, 0],
      [`without preload, request ${INIT_GAP_MS} ms after init`, entries.plain.file, INIT_GAP_MS],
      [`with preload, request ${INIT_GAP_MS} ms after init`, entries.api.file, INIT_GAP_MS],
    ] as const;
    const results = variants.map(() => ({ imports: [] as number[], requests: [] as number[] }));
    // Interleaved, so that a busy moment of the machine weighs on each alike.
    for (let run = 0; run < LAMBDA_RUNS; run += 1) {
      for (const [i, [name, file, gap]] of variants.entries()) {
        const result = await coldSearch(file, childEnv, path, gap);
        if (result.status !== 200) throw new Error(`${name}: answered ${result.status}`);
        results[i]?.imports.push(result.importMs);
        results[i]?.requests.push(result.requestMs);
      }
    }
    const mid = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
    const base = results[0] ? mid(results[0].imports) + mid(results[0].requests) : 1;
    return variants.map(([name], i) => {
      const importMs = mid(results[i]?.imports ?? []);
      const requestMs = mid(results[i]?.requests ?? []);
      const total = i < 2 ? importMs + requestMs : Number.NaN;
      return [
        name,
        fmt(importMs),
        fmt(requestMs),
        i < 2 ? `${fmt(total)} (${(total / base).toFixed(2)}×)` : "–",
      ].join(" | ");
    });
  } finally {
    rmSync(entries.dir, { recursive: true, force: true });
  }
}

const fixtures = new Map<number, Fixture>();
const rows: string[] = [];
const coldRows: string[] = [];
const warm = new Map<number, { filtered: number; unfiltered: number }>();
const fmt = (ms: number) => ms.toFixed(ms < 10 ? 2 : 1);

async function measure(size: number, fixture: Fixture) {
  const { core, client, tableName, bucket, count, sampleId } = fixture;
  const search = (query: SearchQuery) => core.exchange.search(query);
  const baseline = await median(30, () =>
    core.data.entities.exchangeItem.get({ itemId: sampleId }).go(),
  );
  const coldStart = count();
  const cold = await median(
    size > 1000 ? 3 : 10,
    () => coreFor(tableName, client).exchange.search(FILTERED),
    0,
  );
  const coldRequests = (count() - coldStart) / (size > 1000 ? 3 : 10);
  const fromSnapshot = await median(
    size > 1000 ? 5 : 10,
    () => coreFor(tableName, client, bucket).exchange.search(FILTERED),
    1,
  );
  coldRows.push(
    [
      String(size),
      `${(fixture.snapshotBytes / 1024).toFixed(0)} KiB`,
      fmt(cold),
      fmt(fromSnapshot),
      `${(fromSnapshot / cold).toFixed(2)}×`,
    ].join(" | "),
  );
  await search(FILTERED);
  const filtered = await median(30, () => search(FILTERED));
  const unfiltered = await median(30, () => search(UNFILTERED));
  warm.set(size, { filtered, unfiltered });
  let next = 0;
  const unseen = await median(UNSEEN.length - 1, () => search(UNSEEN[next++] ?? FILTERED), 1);
  const before = count();
  const page = await search(FILTERED);
  const requests = count() - before;
  rows.push(
    [
      String(size),
      fmt(baseline),
      `${fmt(cold)} (${(cold / baseline).toFixed(0)}×)`,
      `${fmt(filtered)} (${(filtered / baseline).toFixed(1)}×)`,
      `${fmt(unfiltered)} (${(unfiltered / baseline).toFixed(1)}×)`,
      `${fmt(unseen)} (${(unseen / baseline).toFixed(1)}×)`,
      String(requests),
      String(coldRequests),
      String(page.total),
    ].join(" | "),
  );
}

beforeAll(async () => {
  for (const size of SIZES) {
    const fixture = await prepare(size);
    fixtures.set(size, fixture);
    await measure(size, fixture);
  }
  const largest = SIZES[SIZES.length - 1] ?? SIZES[0];
  const lambdaRows = await coldLambda(fixture(largest));
  process.stdout.write(
    [
      "",
      "Exchange search, medians in ms (ratio to one GetItem round trip)",
      "items | GetItem | cold load + search | warm filtered + keyword | warm no filter | warm, a keyword not searched yet | DynamoDB requests per warm search | per cold load | filtered hits",
      "--- | --- | --- | --- | --- | --- | --- | --- | ---",
      ...rows,
      "",
      "Cold container + first search (filters + keyword), medians in ms",
      "items | snapshot (gzip) | whole catalogue read (baseline) | from the snapshot + delta | ratio",
      "--- | --- | --- | --- | ---",
      ...coldRows,
      "",
      ...warmRatio(),
      "",
      `The API function's bundle as a cold container at ${largest} items: import, then the first search (filters + keyword), medians of ${LAMBDA_RUNS} child processes, wall-clock ms`,
      "entry | import (init) | first request | import + first request (× without preload)",
      "--- | --- | --- | ---",
      ...lambdaRows,
      "",
    ].join("\n"),
  );
}, 900_000);

/** The warm search at the largest size as a ratio to the smallest, measured in this run. */
function warmRatio(): string[] {
  const small = warm.get(SIZES[0]);
  const large = warm.get(SIZES[1]);
  if (!small || !large) return [];
  const ratio = (key: "filtered" | "unfiltered") => (large[key] / small[key]).toFixed(2);
  return [
    `Warm search at ${SIZES[1]} ÷ at ${SIZES[0]} items: filters + keyword ${ratio("filtered")}×, no filter ${ratio("unfiltered")}×`,
  ];
}

afterAll(() => {
  for (const fixture of fixtures.values()) fixture.client.destroy();
  s3.destroy();
});

const fixture = (size: number) => {
  const found = fixtures.get(size);
  if (!found) throw new Error(`no fixture for ${size}`);
  return found;
};
const few = { iterations: 3, time: 0, warmupIterations: 0, warmupTime: 0 };

for (const size of SIZES) {
  describe(`exchange search, ${size} items`, () => {
    bench("baseline: one GetItem", async () => {
      const { core, sampleId } = fixture(size);
      await core.data.entities.exchangeItem.get({ itemId: sampleId }).go();
    });
    bench(
      "cold: fresh catalogue, first search",
      async () => {
        const { tableName, client } = fixture(size);
        await coreFor(tableName, client).exchange.search(FILTERED);
      },
      size > 1000 ? few : {},
    );
    bench(
      "cold: first search from the snapshot",
      async () => {
        const { tableName, client, bucket } = fixture(size);
        await coreFor(tableName, client, bucket).exchange.search(FILTERED);
      },
      size > 1000 ? few : {},
    );
    bench("warm: filters + keyword", async () => {
      await fixture(size).core.exchange.search(FILTERED);
    });
    bench("warm: no filter", async () => {
      await fixture(size).core.exchange.search(UNFILTERED);
    });
  });
}
