import type { ApiClient } from "@alliance/api/client";
import { createDataService, createDynamoClient, ENV, loadConfig } from "@alliance/core";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, inject, it } from "vitest";
import {
  type Caller,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import { claimsOf } from "./support/tokens.ts";

const [aarhus, rotterdam] = DEMO_CITIES;
let ctx: TestContext;
let admin: Caller;
let aarhusContributor: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [admin, aarhusContributor] = await Promise.all([
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
  ]);
});

type Api = ApiClient["api"];
type User = Api["admin"]["users"][":userId"];

const me = async (caller: Caller) => ok(ctx.api(caller).api.me.$get());

const patchMe = (
  caller: Caller,
  json: Parameters<Api["me"]["$patch"]>[0]["json"],
  version: number,
) => ctx.api(caller).api.me.$patch({ json, header: ifMatch(version) });

const user = () => ctx.api(admin).api.admin.users[":userId"];
const person = (userId: string) => ok(user().$get({ param: { userId } }));

const setCity = (userId: string, cityId: string | null, version: number) =>
  user().city.$put({ param: { userId }, json: { cityId }, header: ifMatch(version) });

const setRoles = (userId: string, json: Parameters<User["roles"]["$put"]>[0]["json"]) =>
  user().roles.$put({ param: { userId }, json });

const create = (caller: Caller, title: string) =>
  ctx.api(caller).api.exchange.items.$post({ json: { kind: "resource", title } });
const item = (caller: Caller | undefined) => ctx.api(caller).api.exchange.items[":itemId"];

describe("a contributor's city is assigned by an administrator only", () => {
  it("refuses a contributor without a city who picks Aarhus, who then cannot touch Aarhus's items", async () => {
    const published = await itemIn(ctx, "published", aarhusContributor, admin);
    const draft = await itemIn(ctx, "draft", aarhusContributor, admin);
    const intruder = await ctx.newUser({ groups: ["contributor"] });
    const before = await me(intruder);
    expect(before).toMatchObject({ roles: ["contributor"], cityId: null, version: 1 });

    const picked = await patchMe(intruder, { cityId: aarhus?.cityId }, 1);
    expect(picked.status).toBe(403);
    expect(await picked.json()).toMatchObject({ code: "city-assigned" });
    // Nothing else in the same request slips through either.
    const mixed = await patchMe(intruder, { displayName: "Sneaky", cityId: aarhus?.cityId }, 1);
    expect(mixed.status).toBe(403);
    expect(await me(intruder)).toEqual(before);

    const edit = await item(intruder).$patch({
      param: { itemId: published.itemId },
      json: { title: "Taken over" },
      header: ifMatch(published.version),
    });
    expect(edit.status).toBe(403);
    expect((await item(intruder).$get({ query: {}, param: { itemId: draft.itemId } })).status).toBe(
      404,
    );
    const kept = await (
      await item(undefined).$get({ query: {}, param: { itemId: published.itemId } })
    ).json();
    expect(kept.title).not.toBe("Taken over");
  });

  it("refuses a person whose contributor role was granted after their token was issued", async () => {
    const person = await ctx.newUser();
    const { userId } = await me(person);
    const granted = await setRoles(userId, { roles: ["contributor"], cityId: rotterdam?.cityId });
    expect(granted.status).toBe(200);

    // The old token still says "learner"; the identity provider says "contributor".
    expect((await me(person)).roles).toEqual([]);
    const moved = await patchMe(person, { cityId: aarhus?.cityId }, 2);
    expect(moved.status).toBe(403);
    const cleared = await patchMe(person, { cityId: null }, 2);
    expect(cleared.status).toBe(403);

    const renewed = await ctx.signInAgain(person);
    expect(await me(renewed)).toMatchObject({
      roles: ["contributor"],
      cityId: rotterdam?.cityId,
      version: 2,
    });
    const created = await create(renewed, "A guide");
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ cityId: rotterdam?.cityId });
  });

  it("refuses a person whose contributor role was taken away while their token still carries it", async () => {
    const person = await ctx.newUser({ groups: ["contributor"], cityId: rotterdam?.cityId });
    const { userId } = await me(person);
    expect((await setRoles(userId, { roles: [] })).status).toBe(200);
    // The role change is audited on the profile, whose version it moves (decision 0048).
    const { version } = await me(person);

    const moved = await patchMe(person, { cityId: aarhus?.cityId }, version);
    expect(moved.status).toBe(403);
    expect((await me(person)).cityId).toBe(rotterdam?.cityId);

    // Once their token no longer says so, the city is theirs to choose, for information.
    const renewed = await ctx.signInAgain(person);
    const chosen = await patchMe(renewed, { cityId: aarhus?.cityId }, version);
    expect(chosen.status).toBe(200);
    expect(await chosen.json()).toMatchObject({ roles: [], cityId: aarhus?.cityId });
  });

  it("lets an administrator assign the city, after which the contributor creates items for it", async () => {
    const contributor = await ctx.newUser({ groups: ["contributor"] });
    const { userId } = await me(contributor);
    const before = await create(contributor, "Early");
    expect(before.status).toBe(403);
    expect(await before.json()).toMatchObject({ code: "city-required" });

    expect(await person(userId)).toMatchObject({
      userId,
      roles: ["contributor"],
      cityId: null,
      version: 1,
    });
    const assigned = await setCity(userId, aarhus?.cityId ?? "", 1);
    expect(assigned.status).toBe(200);
    expect(assigned.headers.get("etag")).toBe('"2"');
    expect(await assigned.json()).toMatchObject({ cityId: aarhus?.cityId, version: 2 });

    const created = await create(contributor, "Now");
    expect(created.status).toBe(201);
    expect(await created.json()).toMatchObject({ cityId: aarhus?.cityId });
    expect(await me(contributor)).toMatchObject({ cityId: aarhus?.cityId, version: 2 });
  });

  it("refuses a stale, unconditional or impossible city assignment, and changes nothing", async () => {
    const contributor = await ctx.newUser({ groups: ["contributor"], cityId: rotterdam?.cityId });
    const learner = await ctx.newUser();
    const { userId, version } = await me(contributor);
    const learnerId = (await me(learner)).userId;

    expect((await setCity(userId, aarhus?.cityId ?? "", version - 1)).status).toBe(412);
    const unconditional = await user().city.$put({
      param: { userId },
      json: { cityId: aarhus?.cityId ?? "" },
      header: {},
    });
    expect(unconditional.status).toBe(428);
    const away = await setCity(userId, null, version);
    expect(away.status).toBe(409);
    expect(await away.json()).toMatchObject({ code: "contributor-needs-city" });
    const unknown = await setCity(userId, "cty_01JZZZZZZZZZZZZZZZZZZZZZZZ", version);
    expect(unknown.status).toBe(400);
    expect((await problemOf(unknown)).errors).toEqual([
      { field: "cityId", message: "No member city has this id" },
    ]);
    // No cityId at all: a body the typed client must not express.
    const missing = await ctx.raw(
      admin,
      "PUT",
      `/api/admin/users/${userId}/city`,
      {},
      ifMatch(version),
    );
    expect(missing.status).toBe(400);
    expect((await missing.json()).errors[0].field).toBe("cityId");
    expect((await setCity("usr_01JZZZZZZZZZZZZZZZZZZZZZZZ", null, 1)).status).toBe(404);
    expect(await me(contributor)).toMatchObject({ cityId: rotterdam?.cityId, version });

    // A learner's city is only informational: an administrator may take it away.
    const cleared = await setCity(learnerId, null, 1);
    expect(cleared.status).toBe(200);
    expect(await cleared.json()).toMatchObject({ cityId: null, roles: [], version: 2 });
  });

  it("makes a learner a contributor only for a city the administrator names", async () => {
    const learner = await ctx.newUser({ cityId: aarhus?.cityId });
    const { userId } = await me(learner);

    const implicit = await setRoles(userId, { roles: ["contributor"] });
    expect(implicit.status).toBe(400);
    expect((await problemOf(implicit)).errors?.[0]?.field).toBe("cityId");
    expect(await person(userId)).toMatchObject({ roles: [], cityId: aarhus?.cityId, version: 2 });

    const named = await setRoles(userId, { roles: ["contributor"], cityId: rotterdam?.cityId });
    expect(await named.json()).toEqual({
      userId,
      roles: ["contributor"],
      cityId: rotterdam?.cityId,
    });
  });
});

describe("the administrators' people search", () => {
  it("finds people by part of their name or username, accents and case aside, a page at a time", async () => {
    const run = Date.now().toString(36);
    const people = await Promise.all(["Zoë", "Zoe", "Zoé"].map(() => ctx.newUser()));
    await Promise.all(
      people.map((person, index) =>
        patchMe(person, { displayName: `${["Zoë", "Zoe", "Zoé"][index]} Ørsted-${run}` }, 1),
      ),
    );
    const search = (query: Record<string, string>) =>
      ctx.api(admin).api.admin.users.$get({ query });

    const first = await search({ q: `zoe ørsted-${run.toUpperCase()}`, limit: "2" });
    expect(first.status).toBe(200);
    const page1 = await first.json();
    expect(page1.items).toHaveLength(2);
    expect(page1.cursor).toEqual(expect.any(String));
    const page2 = await (
      await search({ q: `zoe ørsted-${run}`, limit: "2", cursor: String(page1.cursor) })
    ).json();
    const found = [...page1.items, ...page2.items];
    expect(found.map((each) => each.username).sort()).toEqual(
      people.map((person) => person.username).sort(),
    );
    expect(page2.cursor).toBeNull();

    const [someone] = people as [Caller];
    const byUsername = await (await search({ q: someone.username.slice(5) })).json();
    expect(byUsername.items).toEqual([
      {
        userId: (await me(someone)).userId,
        username: someone.username,
        displayName: `Zoë Ørsted-${run}`,
        cityId: null,
      },
    ]);
    expect((await (await search({ q: `nobody-${run}` })).json()).items).toEqual([]);
  });

  it("lists someone whose profile predates the search once they use the platform again", async () => {
    const person = await ctx.newUser();
    expect((await ctx.api(person).api.me.$get()).status).toBe(200);
    // Take the profile back to how it was stored before: no search name, so not in the index.
    const env = inject("apiEnv");
    const data = createDataService(createDynamoClient(loadConfig(env)), env[ENV.tableName] ?? "");
    await data.entities.user
      .patch({ subject: String(claimsOf(person.token).sub) })
      .remove(["searchName"])
      .go();
    const search = async () =>
      (await ok(ctx.api(admin).api.admin.users.$get({ query: { q: person.username } }))).items;
    expect(await search()).toEqual([]);

    expect((await ctx.api(person).api.me.$get()).status).toBe(200);
    expect(await search()).toEqual([expect.objectContaining({ username: person.username })]);
  });

  it("refuses a search term longer than a name, or a cursor it did not give, naming the field", async () => {
    const users = ctx.api(admin).api.admin.users;
    const long = await users.$get({ query: { q: "a".repeat(81) } });
    expect(long.status).toBe(400);
    expect((await problemOf(long)).errors?.[0]?.field).toBe("q");
    for (const query of [{ cursor: "not-a-cursor" }, { q: "ab", cursor: "eyJwayI6MX0" }]) {
      const response = await users.$get({ query });
      expect(response.status, JSON.stringify(query)).toBe(400);
      expect((await problemOf(response)).errors?.[0]?.field, JSON.stringify(query)).toBe("cursor");
    }
  });

  it("takes any search term without failing: accents alone, symbols, scripts", async () => {
    for (const q of ["\u0301", "%", "_", "'", '"', "🙂", "Ελένη", "a b", "$user_1"]) {
      const response = await ctx.api(admin).api.admin.users.$get({ query: { q, limit: "5" } });
      expect(response.status, q).toBe(200);
    }
  });
});
