import { openApiDocument } from "@alliance/api/openapi";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, type TestContext, testContext } from "./support/context.ts";

/**
 * Every route × every kind of caller, with the exact status expected. A route
 * missing from this table fails the last test, so none can be added unchecked.
 */
const ACTORS = [
  "anonymous",
  "learner",
  "contributorOwnCity",
  "contributorOtherCity",
  "trainer",
  "otherTrainer",
  "admin",
] as const;
type ActorName = (typeof ACTORS)[number];

const everyone = (status: number) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Record<ActorName, number>;
const signedIn = (status: number) => ({ ...everyone(status), anonymous: 401 });
const adminOnly = { ...signedIn(403), admin: 200 };

const [aarhus, rotterdam] = DEMO_CITIES;

interface RouteCase {
  method: string;
  path: string;
  expected: Record<ActorName, number>;
  request: (caller: Caller | undefined) => Promise<Response>;
}

let ctx: TestContext;
const callers = {} as Record<Exclude<ActorName, "anonymous">, Caller>;
let targetUserId: string;

beforeAll(async () => {
  ctx = await testContext();
  const [learner, ownCity, otherCity, trainer, otherTrainer, admin, target] = await Promise.all([
    ctx.newUser(),
    ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: rotterdam?.cityId }),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser(),
  ]);
  Object.assign(callers, {
    learner,
    contributorOwnCity: ownCity,
    contributorOtherCity: otherCity,
    trainer,
    otherTrainer,
    admin,
  });
  targetUserId = (await (await ctx.call(target as Caller, "GET", "/api/me")).json()).userId;
});

const ROUTES: RouteCase[] = [
  {
    method: "GET",
    path: "/api/health",
    expected: everyone(200),
    request: (caller) => ctx.call(caller, "GET", "/api/health"),
  },
  {
    method: "GET",
    path: "/api/me",
    expected: signedIn(200),
    request: (caller) => ctx.call(caller, "GET", "/api/me"),
  },
  {
    method: "PATCH",
    path: "/api/me",
    expected: signedIn(200),
    request: async (caller) => {
      const version = caller
        ? (await (await ctx.call(caller, "GET", "/api/me")).json()).version
        : 1;
      return ctx.call(
        caller,
        "PATCH",
        "/api/me",
        { displayName: "Table test" },
        {
          "if-match": `"${version}"`,
        },
      );
    },
  },
  {
    method: "GET",
    path: "/api/cities",
    expected: everyone(200),
    request: (caller) => ctx.call(caller, "GET", "/api/cities"),
  },
  {
    method: "GET",
    path: "/api/cities/{cityId}",
    expected: everyone(200),
    request: (caller) => ctx.call(caller, "GET", `/api/cities/${aarhus?.cityId}`),
  },
  {
    method: "PUT",
    path: "/api/admin/users/{userId}/roles",
    expected: adminOnly,
    request: (caller) =>
      ctx.call(caller, "PUT", `/api/admin/users/${targetUserId}/roles`, { roles: [] }),
  },
];

describe("authorization: every route × every kind of caller", () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.path}`, async () => {
      const actual: Record<string, number> = {};
      for (const actor of ACTORS) {
        const caller = actor === "anonymous" ? undefined : callers[actor];
        actual[actor] = (await route.request(caller)).status;
      }
      expect(actual).toEqual(route.expected);
    });
  }

  it("covers every route the API documents", () => {
    const documented = Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item ?? {}).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const tabled = ROUTES.map((route) => `${route.method} ${route.path}`);
    expect(tabled.sort()).toEqual(documented.sort());
  });
});
