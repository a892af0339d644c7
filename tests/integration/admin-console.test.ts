import { randomUUID } from "node:crypto";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { memberCity } from "./support/city-fixtures.ts";
import { type Caller, ok, problemOf, type TestContext, testContext } from "./support/context.ts";
import { ownTableContext } from "./support/own-table.ts";

/**
 * The administrators' console on DynamoDB Local and the Cognito emulator: every change to
 * a person is in the audit log, written with the change; a suspended person is refused;
 * the log filters, pages and exports; the figures count what is there.
 */
const [aarhus, rotterdam] = DEMO_CITIES;
let ctx: TestContext;
let admin: Caller;
let adminId: string;

beforeAll(async () => {
  ctx = await testContext();
  admin = await ctx.newUser({ groups: ["admin"] });
  adminId = await userIdOf(admin);
});

async function userIdOf(caller: Caller): Promise<string> {
  return (await ok(ctx.api(caller).api.me.$get())).userId;
}

const person = (userId: string) => ctx.raw(admin, "GET", `/api/admin/users/${userId}`);
const versionOf = async (userId: string) => (await (await person(userId)).json()).version;
const audit = async (query: string) => {
  const response = await ctx.raw(admin, "GET", `/api/admin/audit?${query}`);
  expect(response.status).toBe(200);
  return response.json();
};

describe("the audit log of changes to people", () => {
  it("records a city and a role change with who, what, before and after, newest first", async () => {
    const someone = await ctx.newUser();
    const userId = await userIdOf(someone);
    const city = await ctx.raw(
      admin,
      "PUT",
      `/api/admin/users/${userId}/city`,
      { cityId: aarhus?.cityId },
      { "if-match": `"${await versionOf(userId)}"` },
    );
    expect(city.status).toBe(200);
    const roles = await ctx.raw(admin, "PUT", `/api/admin/users/${userId}/roles`, {
      roles: ["trainer"],
    });
    expect(roles.status).toBe(200);

    const trail = await audit(`object=${userId}`);
    expect(trail.items).toHaveLength(2);
    expect(trail.items[0]).toMatchObject({
      actorId: adminId,
      objectType: "person",
      objectId: userId,
      action: "roles-set",
      before: `roles: none; city: ${aarhus?.cityId}`,
      after: `roles: trainer; city: ${aarhus?.cityId}`,
    });
    expect(trail.items[1]).toMatchObject({
      action: "city-set",
      before: "city: none",
      after: `city: ${aarhus?.cityId}`,
    });
    expect(trail.items[0].at >= trail.items[1].at).toBe(true);
  });

  it("records nothing when the change is refused (stale version), and changes nothing", async () => {
    const someone = await ctx.newUser();
    const userId = await userIdOf(someone);
    const stale = await ctx.raw(
      admin,
      "PUT",
      `/api/admin/users/${userId}/city`,
      { cityId: rotterdam?.cityId },
      { "if-match": '"99"' },
    );
    expect(stale.status).toBe(412);
    expect((await audit(`object=${userId}`)).items).toEqual([]);
    expect((await (await person(userId)).json()).cityId).toBeNull();
  });

  it("filters by actor, action and dates, pages with a cursor, and refuses bad filters naming them", async () => {
    const other = await ctx.newUser({ groups: ["admin"] });
    const someone = await ctx.newUser();
    const userId = await userIdOf(someone);
    for (const [who, cityId] of [
      [admin, aarhus?.cityId],
      [other, rotterdam?.cityId],
      [admin, rotterdam?.cityId],
    ] as const) {
      const response = await ctx.raw(
        who,
        "PUT",
        `/api/admin/users/${userId}/city`,
        { cityId },
        { "if-match": `"${await versionOf(userId)}"` },
      );
      expect(response.status).toBe(200);
    }
    const mine = await audit(`object=${userId}&actor=${adminId}`);
    expect(mine.items.map((item: { after: string }) => item.after)).toEqual([
      `city: ${rotterdam?.cityId}`,
      `city: ${aarhus?.cityId}`,
    ]);
    const today = new Date().toISOString().slice(0, 10);
    const first = await audit(`object=${userId}&action=city-set&from=${today}&to=${today}&limit=2`);
    expect(first.items).toHaveLength(2);
    expect(first.cursor).toEqual(expect.any(String));
    const rest = await audit(
      `object=${userId}&action=city-set&from=${today}&to=${today}&limit=2&cursor=${encodeURIComponent(first.cursor)}`,
    );
    expect(rest.items).toHaveLength(1);
    expect(rest.cursor).toBeNull();
    expect((await audit(`object=${userId}&to=2000-01-01`)).items).toEqual([]);
    expect((await audit(`action=city-set&from=${today}`)).items.length).toBeGreaterThanOrEqual(3);

    for (const [query, field] of [
      ["action=deleted-everything", "action"],
      ["from=yesterday", "from"],
      ["from=2026-12-04&to=2026-12-01", "to"],
      ["actor=usr_1", "actor"],
    ] as const) {
      const refused = await ctx.raw(admin, "GET", `/api/admin/audit?${query}`);
      expect(refused.status, query).toBe(400);
      expect((await problemOf(refused)).errors?.[0]?.field, query).toBe(field);
    }
  });

  it("exports the filtered log as CSV with formula-like cells neutralised", async () => {
    const someone = await ctx.newUser();
    const userId = await userIdOf(someone);
    // A name a spreadsheet would run as a formula, chosen by the person themselves.
    const renamed = await ctx.raw(
      someone,
      "PATCH",
      "/api/me",
      { displayName: "=SUM(1+1)" },
      { "if-match": '"1"' },
    );
    expect(renamed.status).toBe(200);
    const suspend = await ctx.raw(
      admin,
      "PUT",
      `/api/admin/users/${userId}/suspension`,
      { reason: '=HYPERLINK("http://evil")' },
      { "if-match": `"${await versionOf(userId)}"` },
    );
    expect(suspend.status).toBe(200);
    const response = await ctx.raw(admin, "GET", `/api/admin/audit/export?object=${userId}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toContain("audit-log.csv");
    const lines = (await response.text()).split("\r\n");
    expect(lines[0]).toBe(
      "at,actor_id,actor,action,object_type,object_id,object,before,after,reason",
    );
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`,${adminId},`);
    expect(lines[1]).toContain(",person-suspended,person,");
    expect(lines[1]).toContain(`,"'=SUM(1+1)",`);
    expect(lines[1]).toContain('suspended: =HYPERLINK(""http://evil"")');
  });
});

describe("suspending and reinstating a person", () => {
  it("refuses every call of a suspended person with 403, until reinstated", async () => {
    const someone = await ctx.newUser();
    const userId = await userIdOf(someone);
    const suspended = await ctx.raw(
      admin,
      "PUT",
      `/api/admin/users/${userId}/suspension`,
      { reason: "Repeated abuse in discussions" },
      { "if-match": `"${await versionOf(userId)}"` },
    );
    expect(suspended.status).toBe(200);
    expect(await suspended.json()).toMatchObject({
      userId,
      suspendedAt: expect.any(String),
      suspensionReason: "Repeated abuse in discussions",
    });

    for (const path of ["/api/me", "/api/me/learning", "/api/me/bookmarks"]) {
      const refused = await ctx.raw(someone, "GET", path);
      expect(refused.status, path).toBe(403);
      expect((await problemOf(refused)).code).toBe("account-suspended");
    }
    // Public reads without a token still work for anyone.
    expect((await ctx.raw(undefined, "GET", "/api/cities")).status).toBe(200);

    const reinstated = await ctx.raw(
      admin,
      "DELETE",
      `/api/admin/users/${userId}/suspension`,
      undefined,
      { "if-match": `"${await versionOf(userId)}"` },
    );
    expect(reinstated.status).toBe(200);
    expect(await reinstated.json()).toMatchObject({ suspendedAt: null, suspensionReason: null });
    expect((await ctx.raw(someone, "GET", "/api/me")).status).toBe(200);

    const trail = await audit(`object=${userId}`);
    expect(trail.items.map((item: { action: string }) => item.action)).toEqual([
      "person-reinstated",
      "person-suspended",
    ]);
  });

  it("refuses to suspend oneself, a stale version, or without a reason, and changes nothing", async () => {
    const self = await ctx.raw(
      admin,
      "PUT",
      `/api/admin/users/${adminId}/suspension`,
      { reason: "x" },
      { "if-match": `"${await versionOf(adminId)}"` },
    );
    expect(self.status).toBe(409);
    const someone = await ctx.newUser();
    const userId = await userIdOf(someone);
    const stale = await ctx.raw(
      admin,
      "PUT",
      `/api/admin/users/${userId}/suspension`,
      { reason: "x" },
      { "if-match": '"42"' },
    );
    expect(stale.status).toBe(412);
    const blank = await ctx.raw(
      admin,
      "PUT",
      `/api/admin/users/${userId}/suspension`,
      { reason: "  " },
      { "if-match": `"${await versionOf(userId)}"` },
    );
    expect(blank.status).toBe(400);
    expect((await problemOf(blank)).errors?.[0]?.field).toBe("reason");
    expect((await ctx.raw(someone, "GET", "/api/me")).status).toBe(200);
    expect((await audit(`object=${userId}`)).items).toEqual([]);
  });
});

describe("the platform's figures", () => {
  // On a table of its own: on the shared one, other files add and delete people, cities
  // and enrolments while this test reads, so only "at least" could be said.
  it("counts member cities, people, published items and courses, enrolments, and this month's", async () => {
    const own = await ownTableContext("figures");
    const ownAdmin = await own.newUser({ groups: ["admin"] });
    await own.raw(ownAdmin, "GET", "/api/me"); // the administrator's own profile
    const figures = async () => {
      const response = await own.raw(ownAdmin, "GET", "/api/admin/figures");
      expect(response.status).toBe(200);
      return response.json();
    };
    const before = await figures();
    expect(before.month).toBe(new Date().toISOString().slice(0, 7));
    for (const name of [
      "memberCities",
      "people",
      "publishedItems",
      "publishedCourses",
      "enrolments",
    ]) {
      expect(before[name].total, name).toBeGreaterThanOrEqual(before[name].thisMonth);
    }
    // An approved application (a city and its applicant), and one more person.
    await memberCity(own, ownAdmin, `Figureton ${randomUUID().slice(0, 8)}`);
    await own.raw(await own.newUser(), "GET", "/api/me");
    const after = await figures();
    expect(after.memberCities).toEqual({
      total: before.memberCities.total + 1,
      thisMonth: before.memberCities.thisMonth + 1,
    });
    expect(after.people).toEqual({
      total: before.people.total + 2,
      thisMonth: before.people.thisMonth + 2,
    });
    expect(after.publishedItems).toEqual(before.publishedItems);
  });
});
