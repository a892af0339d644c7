import { createCore } from "@alliance/core";
import { afterEach, describe, expect, it, vi } from "vitest";
import { createApp } from "../app.ts";
import { fakeVerifier } from "../test-app.ts";

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
