import { notificationsConsumer } from "@alliance/core";
import { matchesSearch } from "@alliance/core/exchange-search";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";
import { cityWorld } from "./support/city-fixtures.ts";
import { type Caller, ok, problemOf, type TestContext } from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

/*
 * Saved exchange searches (decision 0079): a member's own list, validated by the exchange
 * search's own schema, and a newly published item that one matches tells its owner,
 * through the real change stream, once.
 */

const SAVED = "/api/me/saved-searches";
let stream: ChangeStream;
let ctx: TestContext;
let callers: Awaited<ReturnType<typeof cityWorld>>["callers"];

beforeAll(async () => {
  stream = await changeStream({
    consumers: (core) => [notificationsConsumer(core.data, matchesSearch)],
  });
  await stream.start();
  ({ ctx, callers } = await cityWorld("saved", stream.tableName));
}, 180_000);
afterAll(() => stream?.stop());

type Saved = { savedSearchId: string; name: string; criteria: Record<string, unknown> };
const save = (caller: Caller, body: unknown) => ctx.raw(caller, "POST", SAVED, body);
const listOf = async (caller: Caller) =>
  ((await ok(ctx.raw(caller, "GET", SAVED))) as { items: Saved[]; max: number }).items;

async function matchesOf(caller: Caller) {
  const page = (await ok(ctx.raw(caller, "GET", "/api/me/notifications?limit=100"))) as {
    items: { kind: string; params: Record<string, string>; link: string }[];
  };
  return page.items.filter((item) => item.kind === "saved-search-match");
}

describe("a member's saved searches", () => {
  it("saves the search's own parameters, lists them newest first and deletes one", async () => {
    const member = await ctx.newUser();
    const first = await save(member, {
      name: "Youth work in Denmark",
      criteria: { theme: ["youth-work", "education"], country: ["DK"], q: " mentors " },
    });
    expect(first.status).toBe(201);
    const made = (await first.json()) as Saved;
    expect(made.criteria).toEqual({
      theme: ["youth-work", "education"],
      country: ["DK"],
      q: "mentors",
      sort: "newest",
    });
    await ok(
      save(member, {
        name: "Online hate",
        criteria: { theme: ["online-radicalisation-and-hate"] },
      }),
    );
    expect((await listOf(member)).map((one) => one.name)).toEqual([
      "Online hate",
      "Youth work in Denmark",
    ]);
    const gone = await ctx.raw(member, "DELETE", `${SAVED}/${made.savedSearchId}`);
    expect(gone.status).toBe(204);
    expect((await listOf(member)).map((one) => one.name)).toEqual(["Online hate"]);
  });

  it("refuses a filter the exchange search refuses, naming the field, and a missing name", async () => {
    const member = await ctx.newUser();
    const wrongTheme = await save(member, { name: "x", criteria: { theme: ["astrology"] } });
    expect(wrongTheme.status).toBe(400);
    expect((await problemOf(wrongTheme)).errors?.map((error) => error.field)).toContain(
      "criteria.theme.0",
    );
    const page = await save(member, { name: "x", criteria: { cursor: "abc" } });
    expect(page.status).toBe(400);
    const unnamed = await save(member, { name: " ", criteria: {} });
    expect(unnamed.status).toBe(400);
    expect((await problemOf(unnamed)).errors?.map((error) => error.field)).toEqual(["name"]);
    expect(await listOf(member)).toEqual([]);
  });

  it("keeps at most the limit each, and nobody deletes another's", async () => {
    const [member, other] = await Promise.all([ctx.newUser(), ctx.newUser()]);
    const max = ((await ok(ctx.raw(member, "GET", SAVED))) as { max: number }).max;
    for (let n = 0; n < max; n += 1) await ok(save(member, { name: `Search ${n}`, criteria: {} }));
    const over = await save(member, { name: "One too many", criteria: {} });
    expect(over.status).toBe(409);
    expect((await problemOf(over)).code).toBe("too-many-saved-searches");
    const [mine] = await listOf(member);
    const theirs = await ctx.raw(other, "DELETE", `${SAVED}/${mine?.savedSearchId}`);
    expect(theirs.status).toBe(204);
    expect(await listOf(member)).toHaveLength(max);
  });
});

describe("a newly published item", () => {
  it("tells the owners of the saved searches it matches, by the search's own filters, once", async () => {
    const [youth, hate, wordy, unrelatedWord] = await Promise.all([
      ctx.newUser(),
      ctx.newUser(),
      ctx.newUser(),
      ctx.newUser(),
    ]);
    await ok(save(youth, { name: "Youth work", criteria: { theme: ["youth-work"] } }));
    // Two matching searches of one person: one notification, naming the newest-read one.
    await ok(save(youth, { name: "Young people", criteria: { targetGroup: ["young-people"] } }));
    await ok(save(hate, { name: "Hate", criteria: { theme: ["online-radicalisation-and-hate"] } }));
    // Keywords match in any of their forms, as the search does ("mentor" finds "mentors").
    await ok(save(wordy, { name: "Mentoring", criteria: { q: "mentor", kind: ["initiative"] } }));
    await ok(save(unrelatedWord, { name: "Prisons", criteria: { q: "probation" } }));
    const contributor = callers.contributorOwnCity;
    // The item's own author has a matching search too: told of the approval, not of a match.
    await ok(save(contributor, { name: "Own theme", criteria: { theme: ["youth-work"] } }));

    const { itemId } = await itemIn(ctx, "revised", contributor, callers.admin);
    await stream.poller.drained();
    await stream.poller.drained();

    const told = await matchesOf(youth);
    expect(told).toEqual([
      expect.objectContaining({
        params: expect.objectContaining({
          title: "Neighbourhood mentors for young people leaving school early",
        }),
        link: `/exchange/items/${itemId}`,
      }),
    ]);
    expect(["Youth work", "Young people"]).toContain(told[0]?.params.search);
    expect(await matchesOf(wordy)).toHaveLength(1);
    expect(await matchesOf(hate)).toEqual([]);
    expect(await matchesOf(unrelatedWord)).toEqual([]);
    expect(await matchesOf(contributor)).toEqual([]);
  });
});
