import { handle, type LambdaEvent } from "hono/aws-lambda";
import { describe, expect, it } from "vitest";
import { openApiDocument } from "../openapi/document.ts";
import { testApp } from "../test-app.ts";
import { BODY_LIMIT_BYTES } from "./body-limit.ts";

const items = "/api/exchange/items";
const contributor = {
  authorization: "Bearer user.c1.contributor",
  "content-type": "application/json",
};
const FIFTY_MB = 50 * 1024 * 1024;
const CHUNK = 64 * 1024;

/** A JSON body of `size` bytes, streamed in chunks; `pulled` says how much the server read. */
function streamedBody(size: number) {
  const head = new TextEncoder().encode('{"kind":"resource","title":"A guide","description":"');
  const filler = new Uint8Array(CHUNK).fill(0x61);
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      const chunk = counter.pulled === 0 ? head : filler;
      if (counter.pulled >= size) return controller.close();
      counter.pulled += chunk.length;
      controller.enqueue(chunk);
    },
  });
  return { stream, counter };
}

async function expectTooLarge(response: Response) {
  expect(response.status).toBe(413);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  expect(await response.json()).toMatchObject({
    status: 413,
    code: "body-too-large",
    errors: [{ field: "body", message: expect.stringContaining(String(BODY_LIMIT_BYTES)) }],
  });
}

describe("the request body limit", () => {
  it("refuses a 50 MB body announced by Content-Length without reading it", async () => {
    const { stream, counter } = streamedBody(FIFTY_MB);
    const response = await testApp().request(items, {
      method: "POST",
      headers: { ...contributor, "content-length": String(FIFTY_MB) },
      body: stream,
      duplex: "half",
    } as RequestInit);
    await expectTooLarge(response);
    // The stream may have been asked for its first chunks, never for the rest.
    expect(counter.pulled).toBeLessThan(4 * CHUNK);
  });

  it("refuses a 50 MB chunked body without a length as soon as it passes the limit", async () => {
    const { stream, counter } = streamedBody(FIFTY_MB);
    const response = await testApp().request(items, {
      method: "POST",
      headers: contributor,
      body: stream,
      duplex: "half",
    } as RequestInit);
    await expectTooLarge(response);
    expect(counter.pulled).toBeLessThanOrEqual(BODY_LIMIT_BYTES + 4 * CHUNK);
  });

  it("refuses it behind the Lambda adapter too (API Gateway's payload v2)", async () => {
    const body = JSON.stringify({
      kind: "resource",
      title: "A guide",
      description: "a".repeat(BODY_LIMIT_BYTES),
    });
    const event = {
      version: "2.0",
      routeKey: "$default",
      rawPath: items,
      rawQueryString: "",
      headers: { ...contributor, host: "api.example.org" },
      requestContext: {
        accountId: "123456789012",
        authentication: null,
        authorizer: {},
        apiId: "api",
        domainName: "api.example.org",
        domainPrefix: "api",
        http: {
          method: "POST",
          path: items,
          protocol: "HTTP/1.1",
          sourceIp: "192.0.2.1",
          userAgent: "test",
        },
        requestId: "r1",
        routeKey: "$default",
        stage: "$default",
        time: "06/Jan/2025:09:00:00 +0000",
        timeEpoch: 1736154000000,
      },
      body,
      isBase64Encoded: false,
    } as LambdaEvent;
    const result = await handle(testApp())(event);
    expect(result.statusCode).toBe(413);
    expect(JSON.parse(result.body ?? "")).toMatchObject({ code: "body-too-large" });
  });

  it("reads a body just under the limit (the route then judges it: 400, not 413)", async () => {
    const body = JSON.stringify({
      kind: "resource",
      title: "A guide",
      description: "a".repeat(BODY_LIMIT_BYTES - 100),
    });
    const response = await testApp().request(items, { method: "POST", headers: contributor, body });
    expect(response.status).toBe(400);
    expect((await response.json()).errors).toEqual([
      { field: "description", message: expect.any(String) },
    ]);
  });

  it("is above the largest body any documented operation accepts", () => {
    const largest = largestValidBodies();
    for (const [operation, bytes] of largest) {
      expect(bytes, `${operation}: its schema has no upper bound on size`).not.toBe(
        Number.POSITIVE_INFINITY,
      );
    }
    const [operation, bytes] = largest.sort((a, b) => b[1] - a[1])[0] ?? ["none", 0];
    expect(bytes, operation).toBeLessThan(BODY_LIMIT_BYTES);
    // The quiz lesson is the largest (about 2.4 MB); the limit leaves room, not a cliff.
    expect(bytes).toBeGreaterThan(BODY_LIMIT_BYTES / 2);
  });
});

type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  items?: Schema;
  maxItems?: number;
  maxLength?: number;
  pattern?: string;
  format?: string;
};

/**
 * For each operation with a JSON body, an upper bound of its size in bytes: every
 * string at its maximum in a script that takes 3 bytes a character in UTF-8,
 * every array full. Fixed-shape strings (ids, dates) count as 64 characters.
 */
function largestValidBodies(): Array<[string, number]> {
  const document = openApiDocument();
  const components = (document.components?.schemas ?? {}) as Record<string, Schema>;
  const resolve = (schema: Schema): Schema =>
    schema.$ref ? resolve(components[schema.$ref.split("/").pop() ?? ""] ?? {}) : schema;
  const bound = (raw: Schema): number => {
    const schema = resolve(raw);
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (alternatives) return Math.max(...alternatives.map(bound));
    if (schema.enum) return Math.max(...schema.enum.map((value) => JSON.stringify(value).length));
    const types = [schema.type ?? []].flat();
    if (types.includes("object")) {
      return Object.entries(schema.properties ?? {}).reduce(
        (sum, [key, value]) => sum + key.length + 4 + bound(value),
        2,
      );
    }
    if (types.includes("array")) {
      return schema.maxItems === undefined
        ? Number.POSITIVE_INFINITY
        : 2 + schema.maxItems * (bound(schema.items ?? {}) + 1);
    }
    if (types.includes("string")) {
      if (schema.maxLength !== undefined) return 2 + 3 * schema.maxLength;
      if (schema.pattern?.startsWith("^") || schema.format === "date") return 2 + 64;
      return Number.POSITIVE_INFINITY;
    }
    return 32;
  };
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item ?? {}).flatMap(([method, operation]) => {
      const schema = (
        operation as { requestBody?: { content?: Record<string, { schema?: Schema }> } }
      ).requestBody?.content?.["application/json"]?.schema;
      return schema ? [[`${method.toUpperCase()} ${path}`, bound(schema)] as [string, number]] : [];
    }),
  );
}
