import type { ApiClient } from "@alliance/api/client";
import { type CityItem, newId } from "@alliance/core";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, ifMatch, ok, type TestContext } from "./support/context.ts";
import { countedApp } from "./support/counted-app.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import { ownTableContext } from "./support/own-table.ts";

/**
 * Cities of this file's own, in San Marino, Malta and Liechtenstein, on a table of its
 * own (cities.test.ts lists the shared table's cities exactly); the demo cities are not
 * there, and the assertions look at these cities' places and reasons only.
 */
const at = new Date().toISOString();
const city = (name: string, fields: Partial<CityItem>): CityItem => ({
  cityId: newId("cty"),
  name,
  country: "SM",
  description: `${name}, a city made by the similar-cities test.`,
  createdAt: at,
  updatedAt: at,
  version: 1,
  ...fields,
});
const mine = city("Borgo Maggiore", {});
const twin = city("Serravalle", {
  populationBand: "under-50k",
  priorities: ["youth-work", "polarisation", "mental-health"],
  languages: ["it", "en"],
});
const neighbour = city("Mdina", { country: "MT", population: 300, languages: ["mt"] });
const stranger = city("Schaan", { country: "LI", priorities: ["victims-support"] });

let ctx: TestContext;
let counted: ReturnType<typeof countedApp>;
let contributor: Caller;
let twinContributor: Caller;
let learner: Caller;
let admin: Caller;

type CityPatch = Parameters<ApiClient["api"]["cities"][":cityId"]["$patch"]>[0]["json"];
const param = { cityId: mine.cityId };
const current = async () => ok(ctx.api().api.cities[":cityId"].$get({ param }));
const edit = (caller: Caller, json: CityPatch, version: number) =>
  ctx.api(caller).api.cities[":cityId"].$patch({ param, json, header: ifMatch(version) });
const similar = (caller?: Caller, cityId = mine.cityId) =>
  ctx.api(caller).api.cities[":cityId"].similar.$get({ param: { cityId }, query: {} });
const ours = new Set([twin.cityId, neighbour.cityId, stranger.cityId]);
const ranked = <T extends { cityId: string }>(body: { suggestions: T[] }) =>
  body.suggestions.filter((suggestion) => ours.has(suggestion.cityId));

beforeAll(async () => {
  const own = await ownTableContext("similar");
  ctx = own;
  counted = countedApp({ TABLE_NAME: own.tableName });
  await Promise.all(
    [mine, twin, neighbour, stranger].map((item) =>
      counted.core.data.entities.city.create(item).go(),
    ),
  );
  [contributor, twinContributor, learner, admin] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: mine.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: twin.cityId }),
    ctx.newUser({}),
    ctx.newUser({ groups: ["admin"] }),
  ]);
  // The twin publishes on polarisation for everyone, and on youth work for members only.
  await itemIn(ctx, "published", twinContributor, admin, { themes: ["polarisation"] });
  await itemIn(ctx, "published", twinContributor, admin, {
    themes: ["youth-work"],
    visibility: "members",
  });
  await itemIn(ctx, "draft", twinContributor, admin, { themes: ["mental-health"] });
});

describe("the profile fields matching reads", () => {
  it("start empty, are saved by the city's contributor, and null clears one", async () => {
    const before = await current();
    expect(before).toMatchObject({
      populationBand: null,
      priorities: [],
      challenges: null,
      languages: [],
    });
    const fields: CityPatch = {
      populationBand: "under-50k",
      priorities: ["youth-work", "polarisation"],
      challenges: "Young people drifting into online hate groups during the holidays.",
      languages: ["it", "en"],
    };
    const saved = await edit(contributor, fields, before.version);
    expect(saved.status).toBe(200);
    expect(await current()).toMatchObject({ ...fields, version: before.version + 1 });
    const cleared = await edit(contributor, { challenges: null }, before.version + 1);
    expect(cleared.status).toBe(200);
    expect(await current()).toMatchObject({ ...fields, challenges: null });
  });

  it("refuses a stale version with 412, changing nothing", async () => {
    const before = await current();
    const stale = await edit(contributor, { priorities: ["education"] }, before.version - 1);
    expect(stale.status).toBe(412);
    expect(await current()).toEqual(before);
  });

  it("answers 400 naming the field for values out of bounds", async () => {
    const before = await current();
    const cases: Array<[unknown, string]> = [
      [{ populationBand: "huge" }, "populationBand"],
      [{ priorities: [] }, "priorities"],
      [{ priorities: ["youth-work", "youth-work"] }, "priorities"],
      [{ priorities: ["a-theme-we-do-not-have"] }, "priorities.0"],
      [
        {
          priorities: [
            "youth-work",
            "education",
            "polarisation",
            "mental-health",
            "family-support",
            "victims-support",
          ],
        },
        "priorities",
      ],
      [{ challenges: "x".repeat(281) }, "challenges"],
      [{ challenges: "  " }, "challenges"],
      [{ languages: ["xx"] }, "languages.0"],
      [{ languages: [] }, "languages"],
    ];
    for (const [body, field] of cases) {
      const response = await ctx.raw(
        contributor,
        "PATCH",
        `/api/cities/${mine.cityId}`,
        body,
        ifMatch(before.version),
      );
      expect(response.status, JSON.stringify(body)).toBe(400);
      const problem = await response.json();
      expect(
        problem.errors.map((error: { field: string }) => error.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect(await current()).toEqual(before);
  });
});

describe("cities like mine", () => {
  it("ranks by what the cities share and says why; members-only items count for members", async () => {
    const anonymous = await ok(similar());
    expect(ranked(anonymous).map((suggestion) => suggestion.cityId)).toEqual([
      twin.cityId,
      neighbour.cityId,
    ]);
    expect(anonymous.incomplete).toEqual([]);
    expect(ranked(anonymous)[0]).toEqual({
      cityId: twin.cityId,
      name: "Serravalle",
      country: "SM",
      // 40 (both priorities) + 25·(1/3)/2 (one public item on one of two) + 15 + 10 + 10.
      score: 79,
      reasons: [
        { kind: "sharedPriorities", themes: ["youth-work", "polarisation"] },
        { kind: "publishedOn", themes: ["polarisation"] },
        { kind: "size", band: "under-50k", distance: 0 },
        { kind: "sameCountry", country: "SM" },
        { kind: "speaks", languages: ["it", "en"] },
      ],
      membershipStatus: "active",
    });
    // Mdina: its band comes from its population; another country of the same region.
    // Schaan, in another region with another priority, shares nothing: not suggested.
    expect(ranked(anonymous)[1]).toMatchObject({
      score: 20,
      reasons: [
        { kind: "size", band: "under-50k", distance: 0 },
        { kind: "sameRegion", region: "southern-europe" },
      ],
    });

    const member = await ok(similar(learner));
    expect(ranked(member)[0]?.reasons[1]).toEqual({
      kind: "publishedOn",
      themes: ["youth-work", "polarisation"],
    });
    expect(ranked(member)[0]?.score).toBe(83);
  });

  it("never suggests the city itself, and keeps to `limit`", async () => {
    const all = await ok(similar());
    expect(all.suggestions.map((suggestion) => suggestion.cityId)).not.toContain(mine.cityId);
    const one = await ok(
      ctx.api().api.cities[":cityId"].similar.$get({ param, query: { limit: "1" } }),
    );
    expect(one.suggestions).toEqual([all.suggestions[0]]);
  });

  it("names what an empty profile lacks", async () => {
    const body = await ok(similar(undefined, stranger.cityId));
    expect(body.incomplete).toEqual(["populationBand", "languages"]);
  });

  it("answers 404 for an unknown city and 400 naming the parameter for a bad one", async () => {
    expect((await similar(undefined, "cty_01JZZZZZZZZZZZZZZZZZZZZZZZ")).status).toBe(404);
    const badId = await ctx.raw(undefined, "GET", "/api/cities/nope/similar");
    expect(badId.status).toBe(400);
    expect((await badId.json()).errors[0].field).toBe("cityId");
    for (const limit of ["0", "21", "ten"]) {
      const response = await ctx.raw(
        undefined,
        "GET",
        `/api/cities/${mine.cityId}/similar?limit=${limit}`,
      );
      expect(response.status, limit).toBe(400);
      expect((await response.json()).errors[0].field).toBe("limit");
    }
  });

  it("costs two DynamoDB requests when warm: the cities' index and the catalogue's refresh", async () => {
    const path = `/api/cities/${mine.cityId}/similar`;
    expect((await counted.app.request(path)).status).toBe(200);
    counted.counter.commands.length = 0;
    counted.counter.requests = 0;
    const response = await counted.app.request(path);
    expect(response.status).toBe(200);
    expect(counted.counter.commands.sort()).toEqual(["Query", "Query"]);
  });
});
