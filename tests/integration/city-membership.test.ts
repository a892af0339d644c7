import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import { cityIn, cityOf, cityWorld, STATUS_REASON } from "./support/city-fixtures.ts";
import { ifMatch, ok, problemOf } from "./support/context.ts";
import { COMPLETE, itemIn } from "./support/exchange-fixtures.ts";

/*
 * A city's membership status (decision 0034), on a table of its own with the
 * registered stream consumers running, as `pnpm dev` runs them: suspending a
 * seeded city would stop other tests' contributors from publishing.
 */
let stream: ChangeStream;
let world: Awaited<ReturnType<typeof cityWorld>>;

beforeAll(async () => {
  stream = await changeStream();
  await stream.start();
  world = await cityWorld("city-status", stream.tableName);
});
afterAll(() => stream?.stop());

const leave = { ...STATUS_REASON, confirm: true as const };

describe("a city's membership status", () => {
  it("is suspended and reinstated by administrators, and left by the city, each change in its log", async () => {
    const { ctx, cityId, callers } = world;
    const version = await cityIn(ctx, callers.admin, cityId, "active");
    const cities = (caller: typeof callers.admin | undefined = callers.admin) =>
      cityOf(ctx, caller);
    const param = { cityId };
    const suspended = await ok(
      cities().suspend.$post({ param, json: STATUS_REASON, header: ifMatch(version) }),
    );
    expect(suspended).toMatchObject({ membershipStatus: "suspended", version: version + 1 });
    const peersOfOther = async () =>
      (
        await ok(
          cities(undefined).similar.$get({ param: { cityId: world.otherCityId }, query: {} }),
        )
      ).suggestions.map((city) => [city.cityId, city.membershipStatus] as const);
    // Still a peer while suspended, marked so (the web offers no exchange with it).
    expect(await peersOfOther()).toContainEqual([cityId, "suspended"]);
    // Suspending twice is a conflict, not a silent success.
    const again = await cities().suspend.$post({
      param,
      json: STATUS_REASON,
      header: ifMatch(version + 1),
    });
    expect(again.status).toBe(409);
    expect(await problemOf(again)).toMatchObject({ code: "invalid-status" });
    const reinstated = await ok(
      cities().reinstate.$post({
        param,
        json: { reason: "The board lifted the suspension today." },
        header: ifMatch(version + 1),
      }),
    );
    expect(reinstated.membershipStatus).toBe("active");
    expect(await peersOfOther()).toContainEqual([cityId, "active"]);
    const left = await ok(
      cities(callers.contributorOwnCity).leave.$post({
        param,
        json: leave,
        header: ifMatch(version + 2),
      }),
    );
    expect(left.membershipStatus).toBe("former");
    // No longer anyone's peer in "cities like mine".
    expect((await peersOfOther()).map(([id]) => id)).not.toContain(cityId);

    const log = await ok(cities(callers.contributorOwnCity)["membership-log"].$get({ param }));
    const me = await ok(ctx.api(callers.contributorOwnCity).api.me.$get());
    expect(log.events.slice(-3).map((event) => [event.action, event.status, event.reason])).toEqual(
      [
        ["suspended", "suspended", STATUS_REASON.reason],
        ["reinstated", "active", "The board lifted the suspension today."],
        ["left", "former", STATUS_REASON.reason],
      ],
    );
    expect(log.events.at(-1)).toMatchObject({ by: me.userId, byName: me.displayName });

    const directory = await ok(ctx.api().api.cities.directory.$get());
    expect(directory.cities.find((city) => city.cityId === cityId)).toMatchObject({
      membershipStatus: "former",
      country: "FI",
      region: "Pirkanmaa",
    });
    expect(directory.cities.map((city) => city.name)).toEqual(["Graz", "Tampere"]);
  });

  it("lets one of two administrators acting at once win; the other gets 412 and changes nothing", async () => {
    const { ctx, cityId, callers } = world;
    const version = await cityIn(ctx, callers.admin, cityId, "active");
    const other = await ctx.newUser({ groups: ["admin"] });
    const param = { cityId };
    const answers = await Promise.all([
      cityOf(ctx, callers.admin).suspend.$post({
        param,
        json: STATUS_REASON,
        header: ifMatch(version),
      }),
      cityOf(ctx, other).leave.$post({ param, json: leave, header: ifMatch(version) }),
    ]);
    const statuses: number[] = answers.map((answer) => answer.status);
    expect([...statuses].sort()).toEqual([200, 412]);
    const lost = answers[statuses.indexOf(412)];
    expect((await problemOf(lost as { json(): Promise<unknown> })).detail).toMatch(/version \d+/);
    const city = await ok(cityOf(ctx, undefined).$get({ param }));
    expect(city.version).toBe(version + 1);
    const log = await ok(cityOf(ctx, callers.admin)["membership-log"].$get({ param }));
    expect(log.events.filter((event) => event.at >= city.updatedAt)).toHaveLength(1);
  });

  it("answers 400 naming the field, 428 without If-Match and 404 for an unknown city", async () => {
    const { ctx, cityId, callers } = world;
    const version = await cityIn(ctx, callers.admin, cityId, "active");
    const send = (
      path: string,
      body: unknown,
      headers: Record<string, string> = ifMatch(version),
    ) => ctx.raw(callers.admin, "POST", `/api/cities/${cityId}/${path}`, body, headers);
    const cases: Array<[Response, string]> = [
      [await send("suspend", {}), "reason"],
      [await send("suspend", { reason: "short" }), "reason"],
      [await send("suspend", { reason: "x".repeat(1001) }), "reason"],
      [await send("leave", { ...STATUS_REASON, confirm: false }), "confirm"],
      [await send("leave", STATUS_REASON), "confirm"],
      [await send("suspend", { ...STATUS_REASON, by: "me" }), "by"],
      [await ctx.raw(callers.admin, "POST", "/api/cities/paris/suspend", STATUS_REASON), "cityId"],
    ];
    for (const [response, field] of cases) {
      expect(response.status).toBe(400);
      const problem = await problemOf(response);
      expect(problem.errors?.map((error) => error.field)).toContain(field);
    }
    expect((await send("suspend", STATUS_REASON, {})).status).toBe(428);
    const unknown = await ctx.raw(
      callers.admin,
      "POST",
      "/api/cities/cty_01JZZZZZZZZZZZZZZZZZZZZZZZ/suspend",
      STATUS_REASON,
      ifMatch(1),
    );
    expect(unknown.status).toBe(404);
  });
});

describe("the items of a city that is not an active member", () => {
  it("stay published, marked once the city has left; its contributors publish and submit nothing new", async () => {
    const { ctx, cityId, callers } = world;
    await cityIn(ctx, callers.admin, cityId, "active");
    const contributor = callers.contributorOwnCity;
    const published = await itemIn(ctx, "published", contributor, callers.admin);
    const draft = await itemIn(ctx, "draft", contributor, callers.admin);
    await cityIn(ctx, callers.admin, cityId, "suspended");

    const items = ctx.api(contributor).api.exchange.items;
    const created = await items.$post({ json: { kind: COMPLETE.kind, title: COMPLETE.title } });
    expect(created.status).toBe(403);
    expect(await problemOf(created)).toMatchObject({ code: "city-suspended" });
    const submitted = await items[":itemId"].submit.$post({
      param: { itemId: draft.itemId },
      header: ifMatch(draft.version),
    });
    expect(submitted.status).toBe(403);
    expect((await problemOf(submitted)).detail).toMatch(/suspended/);

    await cityIn(ctx, callers.admin, cityId, "former");
    const refused = await items.$post({ json: { kind: COMPLETE.kind, title: COMPLETE.title } });
    expect(await problemOf(refused)).toMatchObject({ status: 403, code: "city-former-member" });
    await stream.poller.drained();
    await stream.poller.drained();
    const read = await ok(
      items[":itemId"].$get({ query: {}, param: { itemId: published.itemId } }),
    );
    expect(read).toMatchObject({ status: "published", fromFormerMember: true });
    expect(read.actions.submit).toBe(false);
    // Marking moves no version: an editor's If-Match stays good.
    expect(read.version).toBe(published.version);
    const search = await ok(ctx.api().api.exchange.items.$get({ query: { cityId } }));
    expect(search.items.map((item) => [item.itemId, item.fromFormerMember])).toEqual([
      [published.itemId, true],
    ]);

    await cityIn(ctx, callers.admin, cityId, "active");
    await stream.poller.drained();
    await stream.poller.drained();
    const back = await ok(
      items[":itemId"].$get({ query: {}, param: { itemId: published.itemId } }),
    );
    expect(back.fromFormerMember).toBe(false);
  });
});
