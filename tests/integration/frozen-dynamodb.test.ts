import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createAppFromEnv } from "@alliance/api";
import { AWS_CALL_LIMITS, createCore, createDynamoClient, loadConfig } from "@alliance/core";
import {
  type Emulator,
  ensureTable,
  findFreePort,
  localDynamoDb,
  startDynamoDbLocal,
} from "@alliance/dev";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import "../support/provided.ts";
import { exchangeSearch } from "@alliance/core/exchange-search";
import { clientsOver } from "./support/context.ts";

/**
 * A DynamoDB that stops answering (the process frozen with SIGSTOP) or is gone
 * (killed: connections refused). A DynamoDB Local of this file's own, so the one the
 * other tests share is never frozen. The app waits as it would in AWS
 * (AWS_CALL_LIMITS): locally it is more patient with the slow emulators.
 */
const TABLE = "alliance-frozen";
let dataDir: string;
let dynamodb: Emulator;
let app: ReturnType<typeof createAppFromEnv>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "alliance-frozen-"));
  dynamodb = await startDynamoDbLocal({ port: await findFreePort(), dataDir, inMemory: true });
  const admin = localDynamoDb(dynamodb.endpoint);
  try {
    await ensureTable(admin, TABLE);
  } finally {
    admin.destroy();
  }
  const env = {
    ...inject("apiEnv"),
    DYNAMODB_ENDPOINT: dynamodb.endpoint,
    TABLE_NAME: TABLE,
    LOG_LEVEL: "SILENT",
  };
  const config = loadConfig(env);
  const client = createDynamoClient(config, { limits: AWS_CALL_LIMITS });
  app = createAppFromEnv(env, { core: createCore({ config, client, search: exchangeSearch }) });
});

afterAll(async () => {
  if (dynamodb && !dynamodb.child.hasExited()) {
    process.kill(dynamodb.child.pid, "SIGCONT");
    await dynamodb.stop();
  }
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function listCities() {
  const started = Date.now();
  const { api } = clientsOver(async (_caller, input, init) => app.request(input, init));
  const response = await api().api.cities.$get({ query: {} });
  return { response, elapsedMs: Date.now() - started };
}

/**
 * SIGSTOP, then waits until Linux shows every thread of the JVM stopped (state `T` in
 * /proc): a request sent sooner could still be answered by a thread not yet stopped.
 */
async function freeze(pid: number) {
  process.kill(pid, "SIGSTOP");
  const tasks = `/proc/${pid}/task`;
  if (!existsSync(tasks)) return;
  const threadStates = () =>
    readdirSync(tasks).map((tid) => {
      try {
        // "tid (comm) S …": the state follows the last ")" (a name may hold spaces).
        const stat = readFileSync(`${tasks}/${tid}/stat`, "utf8");
        return stat[stat.lastIndexOf(")") + 2];
      } catch {
        return "T"; // a thread that ended meanwhile
      }
    });
  await expect
    .poll(() => threadStates().every((state) => state === "T"), { timeout: 5000, interval: 10 })
    .toBe(true);
}

async function expectUnavailableWithin5s(result: Awaited<ReturnType<typeof listCities>>) {
  expect(result.response.status).toBe(503);
  expect(Number(result.response.headers.get("retry-after"))).toBeGreaterThan(0);
  expect(await result.response.json()).toMatchObject({ code: "service-unavailable" });
  // A correctness bound (the request does not hang), not a benchmark.
  expect(result.elapsedMs).toBeLessThan(5000);
}

describe("when DynamoDB stops answering", () => {
  it("answers 503 with Retry-After within 5 s, and serves again once DynamoDB resumes", async () => {
    // Its own DynamoDB Local answers (not another process that took the port first).
    expect(dynamodb.child.hasExited(), "this file's DynamoDB Local has exited").toBe(false);
    expect((await listCities()).response.status).toBe(200);
    await freeze(dynamodb.child.pid);
    try {
      await expectUnavailableWithin5s(await listCities());
    } finally {
      process.kill(dynamodb.child.pid, "SIGCONT");
    }
    expect((await listCities()).response.status).toBe(200);
  });

  it("answers 503 within 5 s when DynamoDB is gone and connections are refused", async () => {
    await dynamodb.stop();
    await expectUnavailableWithin5s(await listCities());
  });
});
