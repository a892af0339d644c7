import { performance } from "node:perf_hooks";
import { createAppFromEnv } from "@alliance/api";
import { type Actor, createCore, createDynamoClient, ENV, newId, withActor } from "@alliance/core";
import { DEMO_COURSES, ensureTable, localDynamoDb } from "@alliance/dev";
import { GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, beforeAll, bench, describe, inject } from "vitest";
import "../support/provided.ts";

/**
 * The public catalogue page (`GET /api/courses`, 20 courses a page) and a course page
 * (`GET /api/courses/{courseId}`) through the API's app (`app.fetch`, in process, as
 * the local server and the Lambda adapter call it), on DynamoDB Local with a table of
 * COURSES courses, each a demo course (about 12 KB as a learner reads it) published
 * through the use cases. Baselines, measured in the same run, interleaved: one raw
 * SDK `Query` of 20 items the size of a catalogue card, and one raw `GetItem` of the
 * course page's item. Prints requests per wall second and per CPU second of this
 * process (DynamoDB Local's own CPU is not ours, and a shared machine's load swings)
 * as ratios to the baseline; never fails on time.
 *
 *   pnpm bench
 */
const COURSES = 30;
const ROUNDS = 5;
const REQUESTS = 60;
const env = inject("apiEnv");
const region = env[ENV.region] ?? "eu-west-1";
const endpoint = env[ENV.dynamoEndpoint] ?? inject("localCloud").endpoints.dynamodb;
const tableName = "alliance-bench-catalogue";
const BASELINE_PK = "bench#query-baseline";
const admin: Actor = { kind: "user", subject: "bench-admin", username: "bench", roles: ["admin"] };

const client = createDynamoClient({ region, dynamoEndpoint: endpoint });
const core = createCore({ config: { tableName, region, dynamoEndpoint: endpoint }, client });
const app = createAppFromEnv({ ...env, [ENV.tableName]: tableName, LOG_LEVEL: "SILENT" });
let sampleId = "";

/** COURSES courses, published by an administrator through the use cases, once per table. */
async function fill() {
  const dynamo = localDynamoDb(endpoint);
  await ensureTable(dynamo, tableName);
  dynamo.destroy();
  const drafts = core.data.entities.courseDraft;
  const existing = await drafts.query.all({}).go({ limit: 1, attributes: ["courseId"] });
  sampleId = existing.data[0]?.courseId ?? "";
  if (sampleId) return;
  const at = new Date().toISOString();
  for (let i = 0; i < COURSES; i += 1) {
    const demo = DEMO_COURSES[i % DEMO_COURSES.length] as (typeof DEMO_COURSES)[number];
    const courseId = newId("crs");
    await drafts
      .create({
        courseId,
        status: "draft",
        ownerIds: ["usr_bench"],
        trainers: [{ userId: "usr_bench", displayName: "Bench Trainer" }],
        fields: { ...demo.fields, title: `${demo.fields.title} (${i + 1})` },
        modules: [...demo.modules],
        publishedVersion: 0,
        createdAt: at,
        updatedAt: at,
        version: 1,
      })
      .go();
    await withActor(admin, () => core.academy.publishing.publish(courseId, 1));
    sampleId ||= courseId;
  }
  // The baseline's page: 20 items the size of a catalogue card (about 1 KB each).
  const card = { title: "A course".padEnd(120, "."), summary: "A summary.".padEnd(600, ".") };
  for (let i = 0; i < 20; i += 1) {
    const sk = String(i).padStart(3, "0");
    await client.send(
      new PutCommand({ TableName: tableName, Item: { pk: BASELINE_PK, sk, ...card } }),
    );
  }
}

interface Rate {
  wall: number;
  cpu: number;
  p50: number;
}

/** Requests per wall second and per CPU second of this process, and the median ms. */
async function rate(fn: () => Promise<unknown>): Promise<Rate> {
  const times: number[] = [];
  const cpu = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < REQUESTS; i += 1) {
    const begin = performance.now();
    await fn();
    times.push(performance.now() - begin);
  }
  const wall = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  times.sort((a, b) => a - b);
  return {
    wall: REQUESTS / wall,
    cpu: REQUESTS / ((used.user + used.system) / 1e6),
    p50: times[Math.floor(times.length / 2)] ?? Number.NaN,
  };
}

async function fetchOk(path: string) {
  const response = await app.fetch(new Request(`http://localhost${path}`));
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
  return response.text();
}

const rawQuery = () =>
  client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: "pk = :pk",
      ExpressionAttributeValues: { ":pk": BASELINE_PK },
      Limit: 20,
    }),
  );

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

/** Median of each figure over ROUNDS interleaved rounds of the page and its baseline. */
async function compare(page: () => Promise<unknown>, baseline: () => Promise<unknown>) {
  for (let i = 0; i < 10; i += 1) await Promise.all([page(), baseline()]); // warm-up
  const pages: Rate[] = [];
  const baselines: Rate[] = [];
  for (let round = 0; round < ROUNDS; round += 1) {
    pages.push(await rate(page));
    baselines.push(await rate(baseline));
  }
  const of = (rates: Rate[], key: keyof Rate) => median(rates.map((r) => r[key]));
  return {
    wall: median(pages.map((p, i) => p.wall / (baselines[i] as Rate).wall)),
    cpu: median(pages.map((p, i) => p.cpu / (baselines[i] as Rate).cpu)),
    page: { wall: of(pages, "wall"), cpu: of(pages, "cpu"), p50: of(pages, "p50") },
    baseline: { wall: of(baselines, "wall"), cpu: of(baselines, "cpu"), p50: of(baselines, "p50") },
  };
}

function describeRatio(name: string, base: string, result: Awaited<ReturnType<typeof compare>>) {
  const { page, baseline } = result;
  return [
    `${name} ÷ ${base}`,
    `  per wall second: ${page.wall.toFixed(0)}/s ÷ ${baseline.wall.toFixed(0)}/s = ${result.wall.toFixed(2)} (p50 ${page.p50.toFixed(1)} ms against ${baseline.p50.toFixed(1)} ms)`,
    `  per CPU second of this process: ${page.cpu.toFixed(0)}/s ÷ ${baseline.cpu.toFixed(0)}/s = ${result.cpu.toFixed(2)}`,
  ];
}

const lines: string[] = [];
beforeAll(fill, 300_000);
afterAll(() => {
  client.destroy();
  process.stdout.write(`\n${lines.join("\n")}\n\n`);
});

describe("catalogue and course page", () => {
  bench(
    "the API's pages against raw DynamoDB reads",
    async () => {
      const catalogue = await compare(() => fetchOk("/api/courses?limit=20"), rawQuery);
      // The very request ElectroDB sends for the course page, sent raw.
      const { Key } = core.data.entities.courseListing.get({ courseId: sampleId }).params();
      const getItem = () => client.send(new GetCommand({ TableName: tableName, Key }));
      const course = await compare(() => fetchOk(`/api/courses/${sampleId}`), getItem);
      lines.length = 0;
      lines.push(
        `Catalogue and course page, ${COURSES} published courses on DynamoDB Local (goal ≥ 0.8)`,
        ...describeRatio("catalogue page of 20", "one raw Query of 20 card-sized items", catalogue),
        ...describeRatio("course page", "one raw GetItem of the course's listing", course),
      );
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
