import { once } from "node:events";
import type { AddressInfo } from "node:net";
import type { Core } from "@alliance/core";
import { serve } from "@hono/node-server";
import { describe, expect, it } from "vitest";
import { testApp } from "./test-app.ts";

const signedIn = { authorization: "Bearer user.s1.none" };

describe("the API's common behaviour", () => {
  it("answers health publicly with a request id and security headers", async () => {
    const response = await testApp().request("/api/health");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toMatch(/\S{8,}/);
    const hsts = response.headers.get("strict-transport-security") ?? "";
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(response.headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  });

  it("sends a route's answer through the Node server as the route made it: its bytes with their length, its request id, every header", async () => {
    const page = Object.freeze({ items: Object.freeze([]), total: 0, note: "Résumé" });
    const core = { academy: { catalogue: { search: () => Promise.resolve(page) } } };
    const server = serve({
      fetch: testApp({ core: core as unknown as Core }).fetch,
      port: 0,
      hostname: "127.0.0.1",
    });
    try {
      await once(server, "listening");
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/courses`;
      const headers = { "x-request-id": "req-given_1", origin: "https://app.example.org" };
      const first = await fetch(url, { headers });
      const bytes = Buffer.from(await first.arrayBuffer());
      expect(first.status).toBe(200);
      expect(JSON.parse(bytes.toString("utf8"))).toEqual(page);
      expect(first.headers.get("content-length")).toBe(String(bytes.length));
      expect(first.headers.get("transfer-encoding")).toBeNull();
      expect(first.headers.get("content-type")).toBe("application/json");
      expect(first.headers.get("x-request-id")).toBe("req-given_1");
      expect(first.headers.get("x-content-type-options")).toBe("nosniff");
      expect(first.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
      expect(first.headers.get("access-control-expose-headers")).toContain("X-Request-Id");
      const etag = first.headers.get("etag") ?? "";
      expect(etag).toMatch(/^"[^"]+"$/);
      const again = await fetch(url, { headers: { ...headers, "if-none-match": etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe("");
      expect(again.headers.get("x-request-id")).toBe("req-given_1");
      expect(again.headers.get("etag")).toBe(etag);
    } finally {
      server.close();
    }
  });

  it("allows cross-origin calls only from the allow-list", async () => {
    const app = testApp();
    const preflight = (origin: string) =>
      app.request("/api/me", {
        method: "OPTIONS",
        headers: { origin, "access-control-request-method": "PATCH" },
      });
    const allowed = await preflight("https://app.example.org");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("https://app.example.org");
    expect(allowed.headers.get("access-control-allow-headers")).toContain("If-Match");
    const other = await preflight("https://evil.example.com");
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  it("answers an unknown route 404 problem+json", async () => {
    const response = await testApp().request("/api/nowhere");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, code: "route-not-found" });
  });

  it("refuses a malformed Authorization header or an invalid token with 401, even on public routes", async () => {
    const app = testApp();
    for (const authorization of ["Basic abc", "Bearer", "Bearer a.b", "Bearer x.y.z"]) {
      const response = await app.request("/api/health", { headers: { authorization } });
      expect(response.status, authorization).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
    }
  });

  it("asks an anonymous caller to sign in before looking at their input", async () => {
    const response = await testApp().request("/api/me", { method: "PATCH", body: "{" });
    expect(response.status).toBe(401);
  });

  it("names the failing field for a malformed body, an unknown field or a bad value", async () => {
    const app = testApp();
    const patch = (body: string) =>
      app.request("/api/me", {
        method: "PATCH",
        headers: { ...signedIn, "content-type": "application/json", "if-match": '"1"' },
        body,
      });
    const malformed = await patch("{not json");
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors).toEqual([
      { field: "body", message: expect.any(String) },
    ]);

    const unknown = await patch(JSON.stringify({ displayName: "Ana", isAdmin: true }));
    expect(unknown.status).toBe(400);
    expect((await unknown.json()).errors).toEqual([{ field: "isAdmin", message: "Unknown field" }]);

    const bad = await patch(JSON.stringify({ position: "emperor", displayName: "A" }));
    const fields = (await bad.json()).errors.map((error: { field: string }) => error.field);
    expect(fields.sort()).toEqual(["displayName", "position"]);

    const form = await app.request("/api/me", {
      method: "PATCH",
      headers: { ...signedIn, "content-type": "text/plain", "if-match": '"1"' },
      body: "displayName=Ana",
    });
    expect(form.status).toBe(415);
    expect((await form.json()).errors).toEqual([
      { field: "Content-Type", message: "Expected application/json" },
    ]);

    const empty = await patch("{}");
    expect((await empty.json()).errors).toEqual([{ field: "body", message: expect.any(String) }]);
  });

  it("requires If-Match on an edit (428) and refuses a malformed one (400)", async () => {
    const app = testApp();
    const patch = (headers: Record<string, string>) =>
      app.request("/api/me", {
        method: "PATCH",
        headers: { ...signedIn, "content-type": "application/json", ...headers },
        body: JSON.stringify({ displayName: "Ana Pereira" }),
      });
    expect((await patch({})).status).toBe(428);
    const malformed = await patch({ "if-match": "banana" });
    expect(malformed.status).toBe(400);
    expect((await malformed.json()).errors[0].field).toBe("If-Match");
  });

  it("answers an unexpected fault with a generic 500 that leaks nothing", async () => {
    const core = {
      cities: {
        list: () => Promise.reject(new Error("secret connection string db://admin:pw@host")),
      },
    } as unknown as Core;
    const response = await testApp({ core }).request("/api/cities");
    expect(response.status).toBe(500);
    const text = await response.text();
    expect(text).not.toContain("secret");
    expect(JSON.parse(text)).toMatchObject({
      code: "internal-error",
      requestId: response.headers.get("x-request-id"),
    });
  });

  it("draws no certificate without a renderer (the API function's case): 500, not the core's lookup", async () => {
    const looked: string[] = [];
    const core = {
      learning: {
        certificates: {
          pdf: (code: string) => {
            looked.push(code);
            return Promise.resolve({ fileName: "c.pdf", bytes: new Uint8Array([1]) });
          },
        },
      },
    } as unknown as Core;
    const response = await testApp({ core }).request("/api/me/certificates/ALC-7K3M-9QX2-PT4D", {
      headers: signedIn,
    });
    expect(response.status).toBe(500);
    expect((await response.json()).code).toBe("internal-error");
    expect(looked).toEqual([]);
  });

  it("serves the OpenAPI document and the docs page", async () => {
    const app = testApp();
    const document = await app.request("/api/openapi.json");
    expect((await document.json()).openapi).toBe("3.1.0");
    const docs = await app.request("/api/docs");
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("/api/openapi.json");
  });
});
