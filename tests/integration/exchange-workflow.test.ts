import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { COMPLETE } from "./support/exchange-fixtures.ts";

const [aarhus, rotterdam] = DEMO_CITIES;
let ctx: TestContext;
let contributor: Caller;
let otherCity: Caller;
let admin: Caller;
let member: Caller;

beforeAll(async () => {
  ctx = await testContext();
  [contributor, otherCity, admin, member] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: rotterdam?.cityId }),
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser(),
  ]);
});

const items = (caller: Caller | undefined) => ctx.api(caller).api.exchange.items;
const item = (caller: Caller | undefined) => items(caller)[":itemId"];
type ItemPatch = Parameters<ReturnType<typeof item>["$patch"]>[0]["json"];
type Review = Parameters<ReturnType<typeof item>["review"]["$post"]>[0]["json"];

const patch = (caller: Caller, itemId: string, version: number, json: ItemPatch) =>
  item(caller).$patch({ param: { itemId }, json, header: ifMatch(version) });
const submit = (caller: Caller, itemId: string, version: number) =>
  item(caller).submit.$post({ param: { itemId }, header: ifMatch(version) });
const review = (caller: Caller, itemId: string, version: number, json: Review) =>
  item(caller).review.$post({ param: { itemId }, json, header: ifMatch(version) });
const read = (caller: Caller | undefined, itemId: string) =>
  item(caller).$get({ query: {}, param: { itemId } });

describe("an item's way from draft to the exchange", () => {
  it("is drafted, completed, submitted, sent back, resubmitted and approved; each step is logged", async () => {
    const created = await items(contributor).$post({
      json: { kind: "initiative", title: "Mentors" },
    });
    expect(created.status).toBe(201);
    const draft = await created.json();
    expect(draft).toMatchObject({
      status: "draft",
      cityId: aarhus?.cityId,
      cityName: aarhus?.name,
      version: 1,
    });
    const { itemId } = draft;

    const early = await submit(contributor, itemId, 1);
    expect(early.status).toBe(400);
    expect((await problemOf(early)).errors?.map((e) => e.field)).toEqual(
      expect.arrayContaining(["summary", "description", "themes", "languages", "contact.name"]),
    );

    const { kind: _kind, ...fields } = COMPLETE;
    const edited = await patch(contributor, itemId, 1, fields);
    expect(edited.status).toBe(200);
    expect((await edited.json()).version).toBe(2);

    expect((await submit(contributor, itemId, 2)).status).toBe(200);
    expect((await read(undefined, itemId)).status).toBe(404);

    const noComment = await review(admin, itemId, 3, { decision: "request-changes" });
    expect(noComment.status).toBe(400);
    expect((await problemOf(noComment)).errors?.[0]?.field).toBe("comment");
    const sentBack = await review(admin, itemId, 3, {
      decision: "request-changes",
      comment: "Please add how mentors are trained.",
    });
    expect((await sentBack.json()).status).toBe("changes-requested");

    const seenByCity = await ok(read(contributor, itemId));
    expect(seenByCity.moderation?.map((event) => event.action)).toEqual([
      "submitted",
      "changes-requested",
    ]);
    expect(seenByCity.moderation?.[1]?.comment).toBe("Please add how mentors are trained.");

    await submit(contributor, itemId, 4);
    const approved = await review(admin, itemId, 5, { decision: "approve" });
    const published = await approved.json();
    expect(published).toMatchObject({ status: "published", version: 6 });
    expect(published.publishedAt).toBeTruthy();

    const publicView = await (await read(undefined, itemId)).json();
    expect(publicView).toMatchObject({ status: "published", contact: null, moderation: null });
    const memberView = await (await read(member, itemId)).json();
    expect(memberView.contact?.email).toBe("mentors@aarhus.example");
  });

  it("refuses a stale edit with 412, another city's edit with 403, and another city's draft with 404", async () => {
    const draft = await (
      await items(contributor).$post({ json: { kind: "resource", title: "Toolkit" } })
    ).json();
    const { itemId } = draft;
    expect((await patch(contributor, itemId, 1, { title: "Toolkit v2" })).status).toBe(200);
    const stale = await patch(contributor, itemId, 1, { title: "Lost" });
    expect(stale.status).toBe(412);
    expect((await patch(otherCity, itemId, 2, { title: "Mine now" })).status).toBe(404);
    const foreignRead = await item(otherCity).$get(
      { query: {}, param: { itemId } },
      { headers: ifMatch(2) },
    );
    expect(foreignRead.status).toBe(404);
    const kept = await (await read(contributor, itemId)).json();
    expect(kept).toMatchObject({ title: "Toolkit v2", version: 2 });
  });

  it("answers bad input with 400 naming each field, and changes nothing", async () => {
    const draft = await (
      await items(contributor).$post({ json: { kind: "resource", title: "Guide" } })
    ).json();
    const path = `/api/exchange/items/${draft.itemId}`;
    // Bodies the typed client must not express (wrong values, read-only fields): raw.
    const cases: Array<[unknown, string[]]> = [
      [{ title: "x" }, ["title"]],
      [{ themes: ["youth-work", "youth-work"] }, ["themes"]],
      [{ themes: ["astrology"] }, ["themes.0"]],
      [{ contact: { name: "A", role: "", email: "not-an-email" } }, ["contact.email"]],
      [{ period: { start: "2024-05-01", end: "2023-01-01", ongoing: false } }, ["period.end"]],
      [{ links: [{ label: "x", url: "javascript:alert(1)" }] }, ["links.0.url"]],
      [{ visibility: "secret", status: "published" }, ["visibility", "status"]],
    ];
    for (const [body, fields] of cases) {
      const response = await ctx.raw(contributor, "PATCH", path, body, ifMatch(1));
      expect(response.status, JSON.stringify(body)).toBe(400);
      const named = (await response.json()).errors.map((error: { field: string }) => error.field);
      expect(named.sort(), JSON.stringify(body)).toEqual([...fields].sort());
    }
    const kept = await (await read(contributor, draft.itemId)).json();
    expect(kept).toMatchObject({ title: "Guide", version: 1, status: "draft", themes: [] });
  });
});
