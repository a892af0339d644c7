import { createCore } from "@alliance/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../app.ts";
import { fakeVerifier } from "../test-app.ts";
import { createLogger } from "./logging.ts";

/** The JSON lines the app's logger writes while `work` runs. */
async function logLines(work: () => unknown) {
  const lines: string[] = [];
  const capture = (chunk: unknown) => {
    lines.push(String(chunk));
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
  return lines
    .flatMap((chunk) => chunk.split("\n"))
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

afterEach(() => vi.restoreAllMocks());

describe("the request log", () => {
  const app = createApp({
    core: createCore({ config: { tableName: "t", region: "eu-west-1" } }),
    verifier: fakeVerifier,
    logLevel: "INFO",
  });

  it("writes one structured line per request, each with its own request id and actor", async () => {
    let responses: Response[] = [];
    const lines = await logLines(async () => {
      responses = await Promise.all([
        app.request("/api/health", { headers: { authorization: "Bearer user.alice.none" } }),
        app.request("/api/health"),
        app.request("/api/nowhere", { headers: { authorization: "Bearer user.bob.none" } }),
      ]);
    });

    const ids = responses.map((response) => response.headers.get("x-request-id"));
    expect(lines).toHaveLength(3);
    const byId = new Map(lines.map((line) => [line.requestId, line]));
    expect(byId.get(ids[0])).toMatchObject({
      level: "INFO",
      message: "request",
      service: "alliance-api",
      actor: "alice",
      method: "GET",
      path: "/api/health",
      status: 200,
    });
    expect(byId.get(ids[1])).toMatchObject({ actor: "anonymous", status: 200 });
    expect(byId.get(ids[2])).toMatchObject({ actor: "bob", path: "/api/nowhere", status: 404 });
    for (const line of lines) expect(typeof line.durationMs).toBe("number");
  });

  it("keeps no request's keys on the next request's lines", async () => {
    await logLines(() =>
      app.request("/api/health", { headers: { authorization: "Bearer user.carol.none" } }),
    );
    const [line] = await logLines(() => app.request("/api/health"));
    expect(line).toMatchObject({ actor: "anonymous" });
  });
});

describe("the structured logger (decision 0027)", () => {
  it("writes the shape Powertools wrote: level, message, timestamp, service, trace id first", async () => {
    vi.stubEnv("_X_AMZN_TRACE_ID", "Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1");
    try {
      const [line] = await logLines(() => createLogger("INFO").info("hello", { n: 1 }));
      expect(Object.keys(line ?? {})).toEqual([
        "level",
        "message",
        "timestamp",
        "service",
        "xray_trace_id",
        "n",
      ]);
      expect(line).toMatchObject({
        level: "INFO",
        service: "alliance-api",
        xray_trace_id: "1-5759e988-bd862e3fe1be46a994272793",
      });
      expect(new Date(String(line?.timestamp)).toISOString()).toBe(line?.timestamp);
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("drops lines below its level, and writes warnings and errors to stderr", async () => {
    const logger = createLogger("WARN", "alliance-stream");
    const out = vi.spyOn(process.stdout, "write").mockImplementation(() => true);
    const err = vi.spyOn(process.stderr, "write").mockImplementation(() => true);
    logger.debug("d");
    logger.info("i");
    logger.warn("w");
    logger.error("e");
    expect(out).not.toHaveBeenCalled();
    expect(err.mock.calls.map(([chunk]) => JSON.parse(String(chunk)).message)).toEqual(["w", "e"]);
    createLogger("SILENT").error("nothing");
    expect(err).toHaveBeenCalledTimes(2);
  });

  it("writes an error's name, message, own fields, stack and cause, and survives a cycle or a bigint", async () => {
    const cause = new Error("socket hang up");
    const error = Object.assign(new Error("DynamoDB said no", { cause }), {
      name: "ThrottlingException",
      $metadata: { httpStatusCode: 400 },
    });
    const cyclic: Record<string, unknown> = { big: 10n };
    cyclic.self = cyclic;
    const [line] = await logLines(() => {
      const logger = createLogger("INFO");
      logger.appendKeys({ requestId: "r-1" });
      logger.error("failed", { error, cyclic });
    });
    expect(line).toMatchObject({
      requestId: "r-1",
      error: {
        name: "ThrottlingException",
        message: "DynamoDB said no",
        $metadata: { httpStatusCode: 400 },
        stack: expect.stringContaining("DynamoDB said no"),
        cause: { name: "Error", message: "socket hang up" },
      },
      cyclic: { big: "10", self: "[Circular]" },
    });
  });
});
