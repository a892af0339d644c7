import { createCore } from "@alliance/core";
import { Hono } from "hono";
import { cors } from "hono/cors";
import { describe, expect, it } from "vitest";
import { createApp } from "../app.ts";
import { fakeVerifier } from "../test-app.ts";

const ALLOWED = "https://app.example.org";

const app = createApp({
  core: createCore({ config: { tableName: "t", region: "eu-west-1" } }),
  verifier: fakeVerifier,
  corsOrigins: [ALLOWED],
  logLevel: "SILENT",
});

/** Hono's own `cors` with the API's options: what the API's CORS headers must be. */
const reference = new Hono()
  .use(
    cors({
      origin: (origin) => (origin === ALLOWED ? origin : null),
      allowMethods: ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"],
      allowHeaders: ["Authorization", "Content-Type", "If-Match", "X-Request-Id"],
      exposeHeaders: ["ETag", "Retry-After", "X-Request-Id"],
      maxAge: 600,
    }),
  )
  .get("/api/health", (c) => c.json({}))
  .notFound((c) => c.json({}, 404));

const corsHeaders = (response: Response) =>
  [...response.headers].filter(([name]) => name.startsWith("access-control-") || name === "vary");

describe("CORS headers (decision 0027)", () => {
  it.each([
    ["an allowed origin", "/api/health", { origin: ALLOWED }],
    ["another origin", "/api/health", { origin: "https://evil.example.com" }],
    ["no origin", "/api/health", {}],
    ["an allowed origin, on a 404", "/api/nowhere", { origin: ALLOWED }],
    [
      "a preflight from an allowed origin",
      "/api/me",
      { origin: ALLOWED, "access-control-request-method": "PATCH" },
    ],
    [
      "a preflight from another origin",
      "/api/me",
      { origin: "https://evil.example.com", "access-control-request-method": "PATCH" },
    ],
  ])("are Hono's cors headers for %s", async (name, path, headers) => {
    const method = name.startsWith("a preflight") ? "OPTIONS" : "GET";
    const [ours, theirs] = await Promise.all([
      app.request(path, { method, headers }),
      reference.request(path, { method, headers }),
    ]);
    expect(corsHeaders(ours)).toEqual(corsHeaders(theirs));
    expect(ours.headers.get("x-content-type-options")).toBe("nosniff");
    expect(ours.headers.get("x-request-id")).toBeTruthy();
  });

  it("are added to the route's own response, its status, type and body untouched", async () => {
    const response = await app.request("/api/health", { headers: { origin: ALLOWED } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toMatchObject({ status: "ok" });
    expect(response.headers.get("access-control-allow-origin")).toBe(ALLOWED);
    expect(response.headers.get("vary")).toBe("Origin");
  });
});
