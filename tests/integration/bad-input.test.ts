import { openApiDocument } from "@alliance/api/openapi";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, type TestContext, testContext } from "./support/context.ts";

/**
 * Hostile input to every documented route, as an administrator (who passes
 * every role guard, so the input itself is what gets judged): never a 5xx,
 * always problem+json, and 4xx answers name a field where one is to blame.
 */
let ctx: TestContext;
let admin: Caller;

beforeAll(async () => {
  ctx = await testContext();
  admin = await ctx.newUser({ groups: ["admin"] });
});

const PATH_VALUES = ["x", "%00", "cty_", "usr_' OR 1=1 --", "a".repeat(600), "..%2F..%2Fetc"];
const BODIES: Array<[string, string]> = [
  ["application/json", "{"],
  ["application/json", "null"],
  ["application/json", "[]"],
  ["application/json", '"text"'],
  ["application/json", JSON.stringify({ displayName: 42, roles: "admin", cityId: {} })],
  ["application/json", JSON.stringify({ displayName: "x".repeat(100_000) })],
  ["application/json", JSON.stringify({ __proto__: { admin: true }, constructor: 1 })],
  ["text/plain", "displayName=Ana"],
  ["application/x-www-form-urlencoded", "roles=admin"],
];
const QUERIES = [
  "?limit=-1",
  "?limit=1e9",
  "?cursor=%FF%FE",
  `?cursor=${"A".repeat(3000)}`,
  "?limit[]=2",
];

function concrete(path: string, value: string): string {
  return path.replace(/\{[^}]+\}/g, encodeURIComponent(value));
}

describe("hostile input to every route", () => {
  const routes = Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) =>
    Object.keys(item ?? {}).map((method) => ({ method: method.toUpperCase(), path })),
  );

  for (const route of routes) {
    it(`${route.method} ${route.path} never answers 5xx`, async () => {
      const attempts: Array<Promise<Response>> = [];
      const headers = { authorization: `Bearer ${admin.token}`, "if-match": '"1"' };
      for (const value of route.path.includes("{") ? PATH_VALUES : ["-"]) {
        const url = concrete(route.path, value);
        if (route.method === "GET") {
          for (const query of QUERIES) {
            attempts.push(Promise.resolve(ctx.app.request(url + query, { headers })));
          }
        } else {
          for (const [type, body] of BODIES) {
            attempts.push(
              Promise.resolve(
                ctx.app.request(url, {
                  method: route.method,
                  headers: { ...headers, "content-type": type },
                  body,
                }),
              ),
            );
          }
        }
      }
      for (const response of await Promise.all(attempts)) {
        expect(response.status, `${route.method} ${response.url}`).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers.get("content-type")).toBe("application/problem+json");
          const problem = await response.json();
          if ([400, 415].includes(response.status))
            expect(problem.errors?.length).toBeGreaterThan(0);
        }
      }
    });
  }
});
