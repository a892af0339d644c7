import { randomUUID } from "node:crypto";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, problemOf, type TestContext, testContext } from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

const [aarhus, rotterdam] = DEMO_CITIES;
/** A word only this file's items carry, so other tests' items never interfere. */
const marker = `zq${randomUUID().slice(0, 8)}`;
let ctx: TestContext;
let member: Caller;
const ids: Record<string, string> = {};

interface Page {
  items: { itemId: string; title: string; visibility: string }[];
  cursor: string | null;
  total: number;
  facets: Record<string, Record<string, number>>;
}

/** Searches this file's items: `q` adds words to the marker. */
async function search(
  query: Record<string, string | string[]> & { q?: string },
  caller?: Caller,
): Promise<Page> {
  const q = [marker, query.q].filter(Boolean).join(" ");
  const response = await ctx.api(caller).api.exchange.items.$get({ query: { ...query, q } });
  expect(response.status, JSON.stringify(query)).toBe(200);
  return response.json();
}

beforeAll(async () => {
  ctx = await testContext();
  const [aarhusContributor, rotterdamContributor, admin, reader] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: rotterdam?.cityId }),
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser(),
  ]);
  member = reader;
  const make = async (
    key: string,
    city: Caller,
    overrides: Parameters<typeof itemIn>[4],
    status: "draft" | "published" = "published",
  ) => {
    ids[key] = (
      await itemIn(ctx, status, city, admin, { title: `${key} ${marker}`, ...overrides })
    ).itemId;
  };
  // Sequential, so "newest" order is the creation order.
  await make("mentoring", aarhusContributor, {
    kind: "initiative",
    themes: ["youth-work"],
    languages: ["da"],
  });
  await make("réintégration", rotterdamContributor, {
    kind: "experience",
    themes: ["exit-and-reintegration", "prisons-and-probation"],
    languages: ["nl", "en"],
    tags: ["probation"],
  });
  await make("toolkit", aarhusContributor, {
    kind: "resource",
    themes: ["education"],
    languages: ["en"],
  });
  await make("members", rotterdamContributor, {
    kind: "resource",
    themes: ["education"],
    visibility: "members",
  });
  await make("hidden", aarhusContributor, { kind: "resource", themes: ["education"] }, "draft");
});

describe("searching the exchange", () => {
  it("finds only published items, members-only ones for members only, newest first", async () => {
    const anonymous = await search({});
    expect(anonymous.items.map((item) => item.title.split(" ")[0])).toEqual([
      "toolkit",
      "réintégration",
      "mentoring",
    ]);
    const signedIn = await search({}, member);
    expect(signedIn.items.map((item) => item.title.split(" ")[0])).toEqual([
      "members",
      "toolkit",
      "réintégration",
      "mentoring",
    ]);
  });

  it("combines facets: any value within one, every facet across", async () => {
    const either = await search({ kind: ["initiative", "experience"] });
    expect(either.total).toBe(2);
    const both = await search({ kind: "resource,experience", language: "en" });
    expect(both.items.map((item) => item.itemId).sort()).toEqual(
      [ids.toolkit, ids.réintégration].sort(),
    );
    const byCity = await search({ cityId: String(rotterdam?.cityId) });
    expect(byCity.items.map((item) => item.itemId)).toEqual([ids.réintégration]);
    const none = await search({ theme: "victims-support" });
    expect(none).toMatchObject({ items: [], total: 0, cursor: null });
  });

  it("counts each facet's values given the other filters, not its own", async () => {
    const page = await search({ kind: "resource" });
    expect(page.total).toBe(1);
    expect(page.facets.kind).toEqual({ initiative: 1, experience: 1, resource: 1 });
    expect(page.facets.theme).toEqual({ education: 1 });
  });

  it("matches every keyword, without regard to case or accents, in title, summary and tags", async () => {
    expect((await search({ q: "REINTEGRATION" })).items.map((item) => item.itemId)).toEqual([
      ids.réintégration,
    ]);
    expect((await search({ q: "probation mentoring" })).total).toBe(0);
    expect((await search({ q: "Probation" })).total).toBe(1);
  });

  it("pages with an opaque cursor, each item once, and refuses a cursor from elsewhere", async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await search({ limit: "1", ...(cursor && { cursor }) }, member);
      seen.push(...page.items.map((item) => item.itemId));
      cursor = page.cursor;
    } while (cursor);
    expect(seen).toHaveLength(4);
    expect(new Set(seen).size).toBe(4);

    const other = await ctx
      .api()
      .api.exchange.items.$get({ query: { sort: "updated", cursor: "x".repeat(20) } });
    expect(other.status).toBe(400);
    expect((await problemOf(other)).errors?.[0]?.field).toBe("cursor");
  });

  it("names the failing parameter for a bad filter", async () => {
    for (const [query, field] of [
      ["kind=poem", "kind.0"],
      ["theme=youth-work,cats", "theme.1"],
      ["sort=best", "sort"],
      ["cityId=aarhus", "cityId.0"],
      ["limit=0", "limit"],
    ]) {
      // Malformed filters: raw, as the typed client would not send them.
      const response = await ctx.raw(undefined, "GET", `/api/exchange/items?${query}`);
      expect(response.status, query).toBe(400);
      expect((await problemOf(response)).errors?.[0]?.field, query).toBe(field);
    }
  });
});
