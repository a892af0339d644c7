import type { ApiClient } from "@alliance/api/client";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, ifMatch, type TestContext, testContext } from "./support/context.ts";

/**
 * Edits Mechelen: no other test file edits it, and the authorization table
 * edits Aarhus, so versions here only move when this file moves them.
 */
const mechelen = DEMO_CITIES[3];
const rotterdam = DEMO_CITIES[1];
const param = { cityId: mechelen.cityId };
const path = `/api/cities/${mechelen.cityId}`;
let ctx: TestContext;
let contributor: Caller;
let otherCity: Caller;
let learner: Caller;

interface CityBody {
  description: string;
  contactName: string | null;
  contactEmail: string | null;
  website: string | null;
  version: number;
  updatedAt: string;
}

async function current(): Promise<CityBody> {
  const response = await ctx.api().api.cities[":cityId"].$get({ param });
  expect(response.status).toBe(200);
  const city = (await response.json()) as CityBody;
  expect(response.headers.get("etag")).toBe(`"${city.version}"`);
  return city;
}

type CityPatch = Parameters<ApiClient["api"]["cities"][":cityId"]["$patch"]>[0]["json"];

const edit = (caller: Caller | undefined, json: CityPatch, version?: number) =>
  ctx.api(caller).api.cities[":cityId"].$patch({
    param,
    json,
    header: version === undefined ? {} : ifMatch(version),
  });

/** A body the typed client must not express (wrong types, unknown fields), sent raw. */
const editRaw = (caller: Caller, body: unknown, version: number) =>
  ctx.raw(caller, "PATCH", path, body, ifMatch(version));

beforeAll(async () => {
  ctx = await testContext();
  [contributor, otherCity, learner] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: mechelen.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: rotterdam.cityId }),
    ctx.newUser({ cityId: mechelen.cityId }),
  ]);
});

describe("a city's profile, edited by its contributors", () => {
  it("keeps the edit, bumps the version and ETag, and clears a contact field with null", async () => {
    const before = await current();
    const description =
      "Mechelen's prevention officers now meet youth workers every month to discuss neighbourhoods, not individuals.";
    const response = await edit(
      contributor,
      {
        description,
        contactName: "Pieter Janssens",
        contactEmail: "preventie@mechelen.example",
        website: "https://mechelen.example/preventie",
      },
      before.version,
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe(`"${before.version + 1}"`);
    const edited = await current();
    expect(edited).toMatchObject({
      description,
      contactName: "Pieter Janssens",
      contactEmail: "preventie@mechelen.example",
      website: "https://mechelen.example/preventie",
      version: before.version + 1,
    });
    expect(edited.updatedAt > before.updatedAt).toBe(true);

    const cleared = await edit(contributor, { website: null }, edited.version);
    expect(cleared.status).toBe(200);
    expect(await current()).toMatchObject({
      website: null,
      description,
      version: edited.version + 1,
    });
  });

  it("refuses a stale version with 412 and a missing If-Match with 428, changing nothing", async () => {
    const before = await current();
    const stale = await edit(contributor, { contactName: "Lost edit" }, before.version - 1);
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ code: "stale-version" });
    const missing = await edit(contributor, { contactName: "Lost edit" });
    expect(missing.status).toBe(428);
    expect(await current()).toEqual(before);
  });

  it("is refused to another city's contributor and to members without the role (403), and to anonymous callers (401)", async () => {
    const before = await current();
    const body = { description: "Someone else's words about Mechelen, long enough to pass." };
    const foreign = await edit(otherCity, body, before.version);
    expect(foreign.status).toBe(403);
    expect(await foreign.json()).toMatchObject({ code: "not-your-city" });
    expect((await edit(learner, body, before.version)).status).toBe(403);
    expect((await edit(undefined, body, before.version)).status).toBe(401);
    expect(await current()).toEqual(before);
  });

  it("answers 400 naming the field for bad input, and changes nothing", async () => {
    const before = await current();
    const cases: Array<[unknown, string]> = [
      [{ description: "Too short" }, "description"],
      [{ description: "x".repeat(2001) }, "description"],
      [{ description: null }, "description"],
      [{ contactEmail: "not an address" }, "contactEmail"],
      [{ website: "http://mechelen.example" }, "website"],
      [{ website: "javascript:alert(1)" }, "website"],
      [{ contactName: "" }, "contactName"],
      [{ name: "Malines" }, "name"],
      [{}, "body"],
    ];
    for (const [body, field] of cases) {
      const response = await editRaw(contributor, body, before.version);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const problem = await response.json();
      expect(
        problem.errors.map((error: { field: string }) => error.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    expect(await current()).toEqual(before);
  });

  it("answers 404 for a city that does not exist", async () => {
    const response = await ctx.api(contributor).api.cities[":cityId"].$patch({
      param: { cityId: "cty_01JZZZZZZZZZZZZZZZZZZZZZZZ" },
      json: { contactName: "Nobody" },
      header: ifMatch(1),
    });
    expect(response.status).toBe(404);
  });
});
