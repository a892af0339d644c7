import { beforeAll, describe, expect, it } from "vitest";
import { cityIn, memberCity } from "./support/city-fixtures.ts";
import { type Caller, ifMatch, ok, problemOf, type TestContext } from "./support/context.ts";
import { ownTableContext } from "./support/own-table.ts";
import { OBSERVATION, observation, observationIn, THIS_MONTH } from "./support/signal-fixtures.ts";

/*
 * The early-warning picture (decision 0069) on a table of its own: four member
 * cities in Finland and one in Sweden, so that cells can be made to stand on
 * exactly two, three and four cities, and cities can be suspended.
 */
let ctx: TestContext;
let admin: Caller;
let outsider: Caller;
const cities: Record<
  "oulu" | "espoo" | "turku" | "vantaa" | "malmo",
  { cityId: string; member: Caller }
> = {} as never;
let learnerOfOulu: Caller;

beforeAll(async () => {
  ctx = await ownTableContext("signals");
  admin = await ctx.newUser({ groups: ["admin"] });
  const made = await Promise.all([
    memberCity(ctx, admin, "Oulu"),
    memberCity(ctx, admin, "Espoo"),
    memberCity(ctx, admin, "Turku"),
    memberCity(ctx, admin, "Vantaa"),
    memberCity(ctx, admin, "Malmö", { country: "SE", region: "Skåne" }),
  ]);
  const names = ["oulu", "espoo", "turku", "vantaa", "malmo"] as const;
  names.forEach((name, index) => {
    const city = made[index] as (typeof made)[number];
    cities[name] = { cityId: city.cityId, member: city.contributor };
  });
  [outsider, learnerOfOulu] = await Promise.all([
    ctx.newUser({ groups: ["trainer"] }),
    ctx.newUser({ cityId: cities.oulu.cityId }),
  ]);
});

const picture = async (caller: Caller, query: Record<string, string> = {}) =>
  ok(ctx.api(caller).api.signals.picture.$get({ query }));
const cellOf = async (caller: Caller, theme: string, country = "FI") =>
  (await picture(caller, { theme })).cells.find((cell) => cell.country === country);
const months = (back: number) => {
  const at = new Date();
  at.setUTCDate(1);
  at.setUTCMonth(at.getUTCMonth() - back);
  return at.toISOString().slice(0, 7);
};

describe("recording an observation", () => {
  it("is open to every member of a member city, learners too, and waits for review", async () => {
    const made = await observationIn(ctx, learnerOfOulu);
    expect(made).toMatchObject({
      ...OBSERVATION,
      cityId: cities.oulu.cityId,
      country: "FI",
      status: "submitted",
      version: 1,
      actions: { edit: true, review: false },
    });
    const expires = new Date(made.expiresAt);
    const inTwoYears = new Date(made.createdAt);
    inTwoYears.setUTCMonth(inTwoYears.getUTCMonth() + 24);
    expect(Math.abs(expires.getTime() - inTwoYears.getTime())).toBeLessThan(1000);
    const mine = await ok(
      ctx.api(cities.oulu.member).api.me.signals.observations.$get({ query: {} }),
    );
    expect(mine.items.map((item) => item.observationId)).toContain(made.observationId);
  });

  it("is refused to people of no city (403) and to anonymous callers (401)", async () => {
    const post = (caller?: Caller) =>
      ctx.api(caller).api.signals.observations.$post({ json: OBSERVATION });
    expect((await post(outsider)).status).toBe(403);
    expect((await post()).status).toBe(401);
  });

  it("refuses personal data with 400 naming the field and the reason, and saves nothing", async () => {
    const before = await ok(
      ctx.api(cities.espoo.member).api.me.signals.observations.$get({ query: {} }),
    );
    const cases = [
      [
        { note: "Their organiser can be reached on +358 40 123 4567 most evenings." },
        "note",
        "phone",
      ],
      [{ note: "The organiser writes from organiser@example.fi every week." }, "note", "email"],
      [{ area: "Hämeenkatu 12" }, "area", "street-address"],
      [
        { note: "Accounts such as https://www.tiktok.com/@someone spread it." },
        "note",
        "social-profile",
      ],
      [{ note: "The ringleader, born 1998, returned to the area again." }, "note", "date-of-birth"],
      [{ note: "Leaflets printed with personal number 131052-308T on them." }, "note", "id-number"],
    ] as const;
    for (const [change, field, reason] of cases) {
      const response = await ctx
        .api(cities.espoo.member)
        .api.signals.observations.$post({ json: { ...OBSERVATION, ...change } });
      expect(response.status, reason).toBe(400);
      const problem = await problemOf(response);
      expect(problem.code).toBe("personal-data");
      expect(problem.errors).toEqual([{ field, message: expect.stringContaining(`(${reason})`) }]);
    }
    const after = await ok(
      ctx.api(cities.espoo.member).api.me.signals.observations.$get({ query: {} }),
    );
    expect(after.items).toHaveLength(before.items.length);
  });

  it("names a month that has begun and lies at most 24 months back", async () => {
    for (const period of [months(-1), months(24)]) {
      const response = await ctx
        .api(cities.espoo.member)
        .api.signals.observations.$post({ json: { ...OBSERVATION, period } });
      expect(response.status).toBe(400);
      expect((await problemOf(response)).errors?.[0]?.field).toBe("period");
    }
    expect((await observationIn(ctx, cities.espoo.member, { period: months(23) })).period).toBe(
      months(23),
    );
  });
});

describe("editing and review", () => {
  it("is edited by its city with If-Match, sent back with a reason, edited again and approved", async () => {
    const made = await observationIn(ctx, cities.turku.member, { theme: "youth-work" });
    const param = { observationId: made.observationId };
    const own = observation(ctx, cities.turku.member);
    const stale = await own.$patch({ param, json: { intensity: "high" }, header: ifMatch(0) });
    expect(stale.status).toBe(412);
    expect(
      (
        await observation(ctx, cities.oulu.member).$patch({
          param,
          json: { intensity: "high" },
          header: ifMatch(1),
        })
      ).status,
    ).toBe(404);
    expect((await observation(ctx, cities.oulu.member).$get({ param })).status).toBe(404);
    const screened = await own.$patch({
      param,
      json: { note: "Call 040 123 4567 to learn more about it." },
      header: ifMatch(1),
    });
    expect(screened.status).toBe(400);
    const edited = await ok(own.$patch({ param, json: { intensity: "high" }, header: ifMatch(1) }));
    expect(edited).toMatchObject({ intensity: "high", version: 2, status: "submitted" });

    const queue = await ok(
      ctx.api(admin).api.signals["review-queue"].$get({ query: { limit: "100" } }),
    );
    expect(queue.items.map((item) => item.observationId)).toContain(made.observationId);
    const reviews = observation(ctx, admin).review;
    const noReason = await reviews.$post({
      param,
      json: { decision: "send-back" },
      header: ifMatch(2),
    });
    expect(noReason.status).toBe(400);
    const sentBack = await ok(
      reviews.$post({
        param,
        json: { decision: "send-back", reason: "Name the district, not the school." },
        header: ifMatch(2),
      }),
    );
    expect(sentBack).toMatchObject({
      status: "sent-back",
      sentBackReason: "Name the district, not the school.",
    });
    const again = await ok(
      own.$patch({ param, json: { area: "Eastern districts" }, header: ifMatch(3) }),
    );
    expect(again).toMatchObject({ status: "submitted", sentBackReason: null, version: 4 });
    const approved = await ok(
      reviews.$post({ param, json: { decision: "approve" }, header: ifMatch(4) }),
    );
    expect(approved.status).toBe("approved");
    const late = await own.$patch({ param, json: { intensity: "low" }, header: ifMatch(5) });
    expect(late.status).toBe(409);
    expect(
      (await reviews.$post({ param, json: { decision: "approve" }, header: ifMatch(5) })).status,
    ).toBe(409);
  });
});

describe("the picture", () => {
  it("hides a cell of fewer than three cities, whatever the number of observations", async () => {
    const theme = "online-campaigns";
    for (let count = 0; count < 3; count += 1) {
      await observationIn(ctx, cities.oulu.member, { theme }, admin);
    }
    await observationIn(ctx, cities.espoo.member, { theme }, admin);
    const cell = await cellOf(outsider, theme);
    expect(cell).toEqual({ theme, country: "FI", month: THIS_MONTH, shown: false });
  });

  it("shows a cell of three cities to others, and to a city in it only from three other cities on", async () => {
    const theme = "tensions-between-groups";
    await observationIn(ctx, cities.oulu.member, { theme, direction: "rising" }, admin);
    await observationIn(
      ctx,
      cities.espoo.member,
      { theme, direction: "rising", intensity: "high" },
      admin,
    );
    // Submitted, not approved: it does not count.
    await observationIn(ctx, cities.vantaa.member, { theme });
    expect(await cellOf(outsider, theme)).toMatchObject({ shown: false });
    await observationIn(
      ctx,
      cities.turku.member,
      { theme, direction: "falling", intensity: "low" },
      admin,
    );
    expect(await cellOf(outsider, theme)).toEqual({
      theme,
      country: "FI",
      month: THIS_MONTH,
      shown: true,
      cities: 3,
      observations: 3,
      direction: "rising",
      intensity: "medium",
    });
    // Oulu's members would learn what two other cities said by subtracting their own.
    expect(await cellOf(cities.oulu.member, theme)).toEqual({
      theme,
      country: "FI",
      month: THIS_MONTH,
      shown: false,
    });
    expect(await cellOf(learnerOfOulu, theme)).toMatchObject({ shown: false });
    // Malmö is in another country: it adds no city to Finland's cell.
    await observationIn(ctx, cities.malmo.member, { theme }, admin);
    expect(await cellOf(cities.oulu.member, theme)).toMatchObject({ shown: false });
    expect(await cellOf(outsider, theme, "SE")).toMatchObject({ shown: false });
  });

  it("stops counting a suspended or former member city's observations", async () => {
    const theme = "attacks-on-officials";
    for (const name of ["oulu", "espoo", "turku", "vantaa"] as const) {
      await observationIn(ctx, cities[name].member, { theme }, admin);
    }
    expect(await cellOf(cities.oulu.member, theme)).toMatchObject({ shown: true, cities: 4 });
    await cityIn(ctx, admin, cities.vantaa.cityId, "suspended");
    try {
      expect(await cellOf(cities.oulu.member, theme)).toMatchObject({ shown: false });
      expect(await cellOf(outsider, theme)).toMatchObject({ shown: true, cities: 3 });
      await cityIn(ctx, admin, cities.turku.cityId, "former");
      expect(await cellOf(outsider, theme)).toEqual({
        theme,
        country: "FI",
        month: THIS_MONTH,
        shown: false,
      });
      const post = await ctx
        .api(cities.vantaa.member)
        .api.signals.observations.$post({ json: OBSERVATION });
      expect(post.status).toBe(403);
    } finally {
      await cityIn(ctx, admin, cities.vantaa.cityId, "active");
      await cityIn(ctx, admin, cities.turku.cityId, "active");
    }
    expect(await cellOf(outsider, theme)).toMatchObject({ shown: true, cities: 4 });
  });

  it("has no totals from which a hidden cell could be found by subtraction", async () => {
    const whole = await picture(outsider);
    expect(Object.keys(whole).sort()).toEqual(["cells", "from", "minimumCities", "to"]);
    for (const cell of whole.cells) {
      if (!cell.shown)
        expect(Object.keys(cell).sort()).toEqual(["country", "month", "shown", "theme"]);
      else expect(cell.cities).toBeGreaterThanOrEqual(3);
    }
  });

  it("exports the same cells as CSV, a hidden cell in words only", async () => {
    const whole = await picture(outsider);
    const response = await ctx.api(outsider).api.signals.picture.export.$get({ query: {} });
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    const rows = (await response.text()).split("\r\n").map((row) => row.split(","));
    expect(rows[0]).toEqual([
      "theme",
      "country",
      "month",
      "cities",
      "observations",
      "direction",
      "intensity",
      "note",
    ]);
    expect(rows).toHaveLength(whole.cells.length + 1);
    expect(rows).toContainEqual([
      "online-campaigns",
      "FI",
      THIS_MONTH,
      "",
      "",
      "",
      "",
      "not enough observations",
    ]);
  });

  it("is for signed-in members only, and checks its months", async () => {
    expect((await ctx.api().api.signals.picture.$get({ query: {} })).status).toBe(401);
    const reversed = await ctx
      .api(outsider)
      .api.signals.picture.$get({ query: { from: THIS_MONTH, to: months(2) } });
    expect(reversed.status).toBe(400);
    const long = await ctx
      .api(outsider)
      .api.signals.picture.$get({ query: { from: months(24), to: THIS_MONTH } });
    expect(long.status).toBe(400);
  });
});
