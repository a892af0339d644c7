import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, type TestContext, testContext } from "./support/context.ts";
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

async function send(
  caller: Caller | undefined,
  method: string,
  path: string,
  version: number,
  body?: unknown,
) {
  return ctx.call(caller, method, path, body, { "if-match": `"${version}"` });
}

describe("an item's way from draft to the exchange", () => {
  it("is drafted, completed, submitted, sent back, resubmitted and approved; each step is logged", async () => {
    const created = await ctx.call(contributor, "POST", "/api/exchange/items", {
      kind: "initiative",
      title: "Mentors",
    });
    expect(created.status).toBe(201);
    const draft = await created.json();
    expect(draft).toMatchObject({
      status: "draft",
      cityId: aarhus?.cityId,
      cityName: aarhus?.name,
      version: 1,
    });
    const path = `/api/exchange/items/${draft.itemId}`;

    const early = await send(contributor, "POST", `${path}/submit`, 1);
    expect(early.status).toBe(400);
    expect((await early.json()).errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(["summary", "description", "themes", "languages", "contact.name"]),
    );

    const { kind: _kind, ...fields } = COMPLETE;
    const edited = await send(contributor, "PATCH", path, 1, fields);
    expect(edited.status).toBe(200);
    expect((await edited.json()).version).toBe(2);

    expect((await send(contributor, "POST", `${path}/submit`, 2)).status).toBe(200);
    expect((await ctx.call(undefined, "GET", path)).status).toBe(404);

    const noComment = await send(admin, "POST", `${path}/review`, 3, {
      decision: "request-changes",
    });
    expect(noComment.status).toBe(400);
    expect((await noComment.json()).errors[0].field).toBe("comment");
    const sentBack = await send(admin, "POST", `${path}/review`, 3, {
      decision: "request-changes",
      comment: "Please add how mentors are trained.",
    });
    expect((await sentBack.json()).status).toBe("changes-requested");

    const seenByCity = await (await ctx.call(contributor, "GET", path)).json();
    expect(seenByCity.moderation.map((event: { action: string }) => event.action)).toEqual([
      "submitted",
      "changes-requested",
    ]);
    expect(seenByCity.moderation[1].comment).toBe("Please add how mentors are trained.");

    await send(contributor, "POST", `${path}/submit`, 4);
    const approved = await send(admin, "POST", `${path}/review`, 5, { decision: "approve" });
    const published = await approved.json();
    expect(published).toMatchObject({ status: "published", version: 6 });
    expect(published.publishedAt).toBeTruthy();

    const publicView = await (await ctx.call(undefined, "GET", path)).json();
    expect(publicView).toMatchObject({ status: "published", contact: null, moderation: null });
    const memberView = await (await ctx.call(member, "GET", path)).json();
    expect(memberView.contact.email).toBe("mentors@aarhus.example");
  });

  it("refuses a stale edit with 412, another city's edit with 403, and another city's draft with 404", async () => {
    const draft = await (
      await ctx.call(contributor, "POST", "/api/exchange/items", {
        kind: "resource",
        title: "Toolkit",
      })
    ).json();
    const path = `/api/exchange/items/${draft.itemId}`;
    expect((await send(contributor, "PATCH", path, 1, { title: "Toolkit v2" })).status).toBe(200);
    const stale = await send(contributor, "PATCH", path, 1, { title: "Lost" });
    expect(stale.status).toBe(412);
    expect((await send(otherCity, "PATCH", path, 2, { title: "Mine now" })).status).toBe(404);
    expect((await send(otherCity, "GET", path, 2)).status).toBe(404);
    const kept = await (await ctx.call(contributor, "GET", path)).json();
    expect(kept).toMatchObject({ title: "Toolkit v2", version: 2 });
  });

  it("answers bad input with 400 naming each field, and changes nothing", async () => {
    const draft = await (
      await ctx.call(contributor, "POST", "/api/exchange/items", {
        kind: "resource",
        title: "Guide",
      })
    ).json();
    const path = `/api/exchange/items/${draft.itemId}`;
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
      const response = await send(contributor, "PATCH", path, 1, body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      const named = (await response.json()).errors.map((error: { field: string }) => error.field);
      expect(named.sort(), JSON.stringify(body)).toEqual([...fields].sort());
    }
    const kept = await (await ctx.call(contributor, "GET", path)).json();
    expect(kept).toMatchObject({ title: "Guide", version: 1, status: "draft", themes: [] });
  });
});
