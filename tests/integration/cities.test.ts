import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { problemOf, type TestContext, testContext } from "./support/context.ts";

let ctx: TestContext;

beforeAll(async () => {
  ctx = await testContext();
});

describe("member cities", () => {
  it("are listed by name, page by page, each exactly once", async () => {
    const names: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query = { limit: "2", ...(cursor && { cursor }) };
      const response = await ctx.api().api.cities.$get({ query });
      expect(response.status).toBe(200);
      const page: { items: { name: string }[]; cursor: string | null } = await response.json();
      expect(page.items.length).toBeLessThanOrEqual(2);
      names.push(...page.items.map((city) => city.name));
      cursor = page.cursor;
      pages += 1;
    } while (cursor && pages < 20);
    const seeded = DEMO_CITIES.map((city) => city.name);
    expect(names).toEqual(
      [...seeded].sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
    );
    expect(pages).toBeGreaterThanOrEqual(Math.ceil(seeded.length / 2));
  });

  it("show one city's profile, and answer 404 for an unknown one", async () => {
    const city = DEMO_CITIES[0];
    const cities = ctx.api().api.cities;
    const response = await cities[":cityId"].$get({ param: { cityId: String(city?.cityId) } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      cityId: city?.cityId,
      name: city?.name,
      country: city?.country,
    });
    const missing = await cities[":cityId"].$get({
      param: { cityId: "cty_01JZZZZZZZZZZZZZZZZZZZZZZZ" },
    });
    expect(missing.status).toBe(404);
    expect(await problemOf(missing)).toMatchObject({ code: "city-not-found" });
  });

  // Malformed ids and queries, written as the paths they are: sent raw.
  it("answer 400 naming the field for a bad id, page size or cursor", async () => {
    const cases = [
      ["/api/cities/aarhus", "cityId"],
      ["/api/cities?limit=0", "limit"],
      ["/api/cities?limit=101", "limit"],
      ["/api/cities?limit=ten", "limit"],
      ["/api/cities?cursor=bm90LWEtY3Vyc29y", "cursor"],
      ["/api/cities?cursor=eyJwayI6IngiLCJzayI6InkifQ", "cursor"],
    ] as const;
    for (const [path, field] of cases) {
      const response = await ctx.raw(undefined, "GET", path);
      expect(response.status, path).toBe(400);
      const problem = await response.json();
      expect(
        problem.errors.map((error: { field: string }) => error.field),
        path,
      ).toContain(field);
    }
  });
});
