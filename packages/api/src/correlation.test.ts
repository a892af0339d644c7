import { createCore, currentCorrelationId } from "@alliance/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createBaseApp } from "./base-app.ts";
import { METRICS_NAMESPACE } from "./metrics.ts";
import { publishBatchMetrics } from "./stream-from-env.ts";
import { fakeVerifier } from "./test-app.ts";

/** The JSON lines (log lines and embedded-metric lines) written while `work` runs. */
async function linesOf(work: () => unknown) {
  const chunks: string[] = [];
  const capture = (chunk: unknown) => {
    chunks.push(String(chunk));
    return true;
  };
  const spies = [
    vi.spyOn(process.stdout, "write").mockImplementation(capture),
    vi.spyOn(process.stderr, "write").mockImplementation(capture),
  ];
  try {
    await work();
  } finally {
    for (const spy of spies) spy.mockRestore();
  }
  return chunks
    .flatMap((chunk) => chunk.split("\n"))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown> & { _aws?: unknown });
}

afterEach(() => vi.restoreAllMocks());

/** The base app (the API's middleware) with two probes: what core sees, and a crash. */
function probeApp() {
  const app = createBaseApp({
    core: createCore({ config: { tableName: "t", region: "eu-west-1" } }),
    verifier: fakeVerifier,
    logLevel: "INFO",
  });
  app.get("/probe", async (c) => {
    await new Promise((resolve) => setTimeout(resolve, 1));
    return c.json({ seen: currentCorrelationId() });
  });
  app.get("/crash", () => {
    throw new Error("boom");
  });
  return app;
}

describe("the correlation id of a request (decision 0040)", () => {
  it("is the caller's X-Request-Id: core sees it, the log line and the response carry it", async () => {
    const app = probeApp();
    let response: Response | undefined;
    const lines = await linesOf(async () => {
      response = await app.request("/probe", { headers: { "X-Request-Id": "smoke-1-1" } });
    });
    expect(await response?.json()).toEqual({ seen: "smoke-1-1" });
    expect(response?.headers.get("x-request-id")).toBe("smoke-1-1");
    expect(lines).toEqual([
      expect.objectContaining({ message: "request", requestId: "smoke-1-1" }),
    ]);
  });

  it("is API Gateway's request id in Lambda, the one its access log carries", async () => {
    const app = probeApp();
    const lambdaEnv = {
      event: {},
      requestContext: { requestId: "Kx1aHgJ3FiAEMkw=" },
      lambdaContext: {},
    };
    const response = await app.request("/probe", {}, lambdaEnv);
    expect(await response.json()).toEqual({ seen: "Kx1aHgJ3FiAEMkw=" });
  });

  it("is a new one for each request without either, and none leaks into the next", async () => {
    const app = probeApp();
    const responses = await Promise.all([app.request("/probe"), app.request("/probe")]);
    const ids = await Promise.all(responses.map(async (response) => (await response.json()).seen));
    expect(ids[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(ids[1]).not.toBe(ids[0]);
    expect(currentCorrelationId()).toBeUndefined();
  });

  it("goes with a server error's log line and its ServerErrors metric (embedded metric format)", async () => {
    const app = probeApp();
    const lines = await linesOf(() =>
      app.request("/crash", { headers: { "X-Request-Id": "req-crash" } }),
    );
    expect(lines).toContainEqual(
      expect.objectContaining({
        level: "ERROR",
        message: "unhandled error",
        requestId: "req-crash",
      }),
    );
    const metric = lines.find((line) => line._aws);
    expect(metric).toMatchObject({
      _aws: {
        CloudWatchMetrics: [
          {
            Namespace: METRICS_NAMESPACE,
            Dimensions: [["service"]],
            Metrics: [{ Name: "ServerErrors", Unit: "Count" }],
          },
        ],
      },
      service: "alliance-api",
      ServerErrors: 1,
      correlationId: "req-crash",
    });
  });
});

describe("a change batch's metrics", () => {
  it("count per consumer and carry the batch's correlation ids", async () => {
    const lines = await linesOf(() =>
      publishBatchMetrics({
        records: 3,
        changes: 3,
        failed: 1,
        consumers: { "search-snapshot": { handled: 2, skipped: 0 } },
        correlationIds: ["req-a", "stream-e1"],
      }),
    );
    expect(lines).toEqual([
      expect.objectContaining({
        service: "alliance-stream",
        ChangeRecords: 3,
        ChangesFailed: 1,
        correlationIds: "req-a stream-e1",
      }),
      expect.objectContaining({
        consumer: "search-snapshot",
        ChangesHandled: 2,
        ChangesSkipped: 0,
        correlationIds: "req-a stream-e1",
      }),
    ]);
    expect(lines[1]?._aws).toMatchObject({
      CloudWatchMetrics: [{ Dimensions: [["service", "consumer"]] }],
    });
  });
});
