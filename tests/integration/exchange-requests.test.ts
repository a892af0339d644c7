import {
  createCore,
  loadConfig,
  MESSAGE_EDIT_WINDOW_MINUTES,
  MESSAGES_PER_HOUR,
  REQUESTS_PER_HOUR,
} from "@alliance/core";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { cityIn, cityWorld } from "./support/city-fixtures.ts";
import {
  type Caller,
  ifMatch,
  ok,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import {
  MESSAGE,
  messageIn,
  OUTCOME,
  requestIn,
  requestOf,
  requestTo,
} from "./support/exchange-request-fixtures.ts";
import { appWith } from "./support/upload-fixtures.ts";

/*
 * Exchange requests between member cities (decision 0037), through the API on
 * DynamoDB Local with real tokens.
 */
const core = createCore({ config: loadConfig({ ...inject("apiEnv") }) });
const [aarhus, rotterdam, lyon] = DEMO_CITIES as unknown as [
  { cityId: string },
  { cityId: string },
  { cityId: string },
];
let ctx: TestContext;
let b: Caller;
let otherB: Caller;
let learnerB: Caller;
let thirdCity: Caller;
let admin: Caller;

/** A new contributor of Aarhus, so that one test's requests never meet another's hourly limit. */
const contributorA = () => ctx.newUser({ groups: ["contributor"], cityId: aarhus.cityId });

beforeAll(async () => {
  ctx = await testContext();
  [b, otherB, learnerB, thirdCity, admin] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: rotterdam.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: rotterdam.cityId }),
    ctx.newUser({ cityId: rotterdam.cityId }),
    ctx.newUser({ groups: ["contributor"], cityId: lyon.cityId }),
    ctx.newUser({ groups: ["admin"] }),
  ]);
});

describe("asking, answering and closing a request", () => {
  it("walks a request from asking to an outcome and an experience draft, logging every step", async () => {
    const a = await contributorA();
    const item = await itemIn(ctx, "published", b, admin);
    const made = await ok(
      ctx.api(a).api["exchange-requests"].$post({
        json: requestTo(rotterdam.cityId, { itemId: item.itemId }),
      }),
    );
    expect(made).toMatchObject({
      state: "open",
      from: { cityId: aarhus.cityId },
      to: { cityId: rotterdam.cityId },
      item: { itemId: item.itemId },
      actions: { withdraw: true, answer: false },
    });
    const param = { requestId: made.requestId };
    const proposed = await ok(
      requestOf(ctx, b).answer.$post({
        param,
        json: { decision: "propose-date", date: { from: "2027-05-03", to: "2027-05-04" } },
        header: ifMatch(made.version),
      }),
    );
    expect(proposed.state).toBe("date-proposed");
    const accepted = await ok(
      requestOf(ctx, a)["accept-date"].$post({ param, header: ifMatch(proposed.version) }),
    );
    expect(accepted).toMatchObject({
      state: "accepted",
      agreedDate: { from: "2027-05-03", to: "2027-05-04" },
    });
    const done = await ok(
      requestOf(ctx, b).outcome.$post({ param, json: OUTCOME, header: ifMatch(accepted.version) }),
    );
    expect(done).toMatchObject({
      state: "completed",
      outcome: { ...OUTCOME, cityId: rotterdam.cityId },
    });
    const drafted = await requestOf(ctx, a).experience.$post({
      param,
      header: ifMatch(done.version),
    });
    expect(drafted.status).toBe(201);
    const { itemId } = await drafted.json();
    const draft = await ok(
      ctx.api(a).api.exchange.items[":itemId"].$get({ query: {}, param: { itemId } }),
    );
    expect(draft).toMatchObject({
      kind: "experience",
      status: "draft",
      cityId: aarhus.cityId,
      themes: ["youth-work"],
      title: "A study visit with Rotterdam on youth work",
    });
    const again = await requestOf(ctx, a).experience.$post({
      param,
      header: ifMatch(done.version + 1),
    });
    expect(again.status).toBe(409);
    const read = await ok(requestOf(ctx, learnerB).$get({ param }));
    expect(read.log.map((event) => event.action)).toEqual([
      "requested",
      "date-proposed",
      "date-accepted",
      "outcome-recorded",
      "experience-drafted",
    ]);
    expect(read.experienceDrafts).toEqual([{ cityId: aarhus.cityId, itemId }]);
  });

  it("lists a request as outgoing for the requesting city and incoming for the other", async () => {
    const a = await contributorA();
    const { requestId } = await requestIn(ctx, "open", a, b, rotterdam.cityId);
    const list = (caller: Caller, direction: "incoming" | "outgoing") =>
      ok(ctx.api(caller).api.me["exchange-requests"].$get({ query: { direction } }));
    expect((await list(a, "outgoing")).items.map((r) => r.requestId)).toContain(requestId);
    expect((await list(b, "incoming")).items.map((r) => r.requestId)).toContain(requestId);
    expect((await list(b, "outgoing")).items.map((r) => r.requestId)).not.toContain(requestId);
  });

  it("needs a reason to decline, names bad fields, and refuses a city asking itself", async () => {
    const a = await contributorA();
    const { requestId, version } = await requestIn(ctx, "open", a, b, rotterdam.cityId);
    const noReason = await ctx.raw(
      b,
      "POST",
      `/api/exchange-requests/${requestId}/answer`,
      {
        decision: "decline",
      },
      ifMatch(version),
    );
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(await noReason.json())).toContain("reason");
    const self = await ctx
      .api(a)
      .api["exchange-requests"].$post({ json: requestTo(aarhus.cityId) });
    expect(self.status).toBe(400);
    expect((await problemOf(self)).code).toBe("own-city");
    const otherItem = await itemIn(ctx, "published", thirdCity, admin);
    const wrongItem = await ctx.api(a).api["exchange-requests"].$post({
      json: requestTo(rotterdam.cityId, { itemId: otherItem.itemId }),
    });
    expect(wrongItem.status).toBe(400);
    expect(JSON.stringify(await wrongItem.json())).toContain("itemId");
    const declined = await ok(
      requestOf(ctx, b).answer.$post({
        param: { requestId },
        json: { decision: "decline", reason: "No capacity this spring." },
        header: ifMatch(version),
      }),
    );
    expect(declined).toMatchObject({
      state: "declined",
      declineReason: "No capacity this spring.",
    });
    const late = await requestOf(ctx, a).withdraw.$post({
      param: { requestId },
      json: {},
      header: ifMatch(declined.version),
    });
    expect(late.status).toBe(409);
  });

  it("lets one of two contributors answering at once win; the other gets 412 with the state", async () => {
    const a = await contributorA();
    const { requestId, version } = await requestIn(ctx, "open", a, b, rotterdam.cityId);
    const answer = (
      caller: Caller,
      json: { decision: "accept" } | { decision: "decline"; reason: string },
    ) =>
      ctx.raw(caller, "POST", `/api/exchange-requests/${requestId}/answer`, json, ifMatch(version));
    const results = await Promise.all([
      answer(b, { decision: "accept" }),
      answer(otherB, { decision: "decline", reason: "We cannot host a visit now." }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 412]);
    const lost = results.find((r) => r.status === 412) as Response;
    expect((await problemOf(lost)).detail).toMatch(/it is now (accepted|declined) \(version 2\)/);
    // The requester withdrawing while the other city answers: one of the two wins too.
    const second = await requestIn(ctx, "open", a, b, rotterdam.cityId);
    const race = await Promise.all([
      ctx.raw(
        b,
        "POST",
        `/api/exchange-requests/${second.requestId}/answer`,
        { decision: "accept" },
        ifMatch(1),
      ),
      ctx.raw(a, "POST", `/api/exchange-requests/${second.requestId}/withdraw`, {}, ifMatch(1)),
    ]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 412]);
  });

  it(`refuses the request after ${REQUESTS_PER_HOUR} in an hour with 429 and Retry-After`, async () => {
    const a = await contributorA();
    for (let n = 0; n < REQUESTS_PER_HOUR; n += 1) {
      await ok(ctx.api(a).api["exchange-requests"].$post({ json: requestTo(lyon.cityId) }));
    }
    const refused = await ctx
      .api(a)
      .api["exchange-requests"].$post({ json: requestTo(lyon.cityId) });
    expect(refused.status).toBe(429);
    const wait = Number(refused.headers.get("retry-after"));
    expect(wait).toBeGreaterThan(3000);
    expect(wait).toBeLessThanOrEqual(3600);
    expect((await problemOf(refused)).code).toBe("too-many-requests");
  });
});

describe("suspended and former members", () => {
  it("neither ask nor are asked", async () => {
    const world = await cityWorld("requests-status");
    const { ctx: own, cityId, otherCityId, callers } = world;
    await cityIn(own, callers.admin, otherCityId, "suspended");
    const asked = await own
      .api(callers.contributorOwnCity)
      .api["exchange-requests"].$post({ json: requestTo(otherCityId) });
    expect(asked.status).toBe(409);
    expect((await problemOf(asked)).code).toBe("city-not-active");
    const asking = await own
      .api(callers.contributorOtherCity)
      .api["exchange-requests"].$post({ json: requestTo(cityId) });
    expect(asking.status).toBe(403);
    expect((await problemOf(asking)).code).toBe("city-suspended");
    await cityIn(own, callers.admin, otherCityId, "former");
    const former = await own
      .api(callers.contributorOwnCity)
      .api["exchange-requests"].$post({ json: requestTo(otherCityId) });
    expect(former.status).toBe(409);
  });
});

describe("the private thread", () => {
  it("is read and written by both cities' members, read by administrators, a 404 to anyone else", async () => {
    const a = await contributorA();
    const { requestId } = await requestIn(ctx, "open", a, b, rotterdam.cityId);
    await messageIn(ctx, a, requestId);
    await messageIn(ctx, learnerB, requestId);
    const thread = await ok(
      requestOf(ctx, admin).messages.$get({ param: { requestId }, query: {} }),
    );
    expect(thread.items.map((m) => [m.author?.cityId, m.body])).toEqual([
      [aarhus.cityId, MESSAGE.body],
      [rotterdam.cityId, MESSAGE.body],
    ]);
    const outsider = await requestOf(ctx, thirdCity).messages.$get({
      param: { requestId },
      query: {},
    });
    expect(outsider.status).toBe(404);
    expect((await requestOf(ctx, thirdCity).$get({ param: { requestId } })).status).toBe(404);
    const adminPost = await requestOf(ctx, admin).messages.$post({
      param: { requestId },
      json: MESSAGE,
    });
    expect(adminPost.status).toBe(403);
  });

  it("lets its author edit a message within the window (412 stale, 403 others, 409 after)", async () => {
    const a = await contributorA();
    const { requestId } = await requestIn(ctx, "open", a, b, rotterdam.cityId);
    const { messageId } = await messageIn(ctx, a, requestId);
    const param = { requestId, messageId };
    const edit = { body: "Corrected: https://example.org/agenda-v2" };
    const message = (caller: Caller) => requestOf(ctx, caller).messages[":messageId"];
    const edited = await ok(message(a).$patch({ param, json: edit, header: ifMatch(1) }));
    expect(edited).toMatchObject({ body: edit.body, version: 2 });
    expect(edited.editedAt).not.toBeNull();
    expect((await message(a).$patch({ param, json: edit, header: ifMatch(1) })).status).toBe(412);
    expect((await message(b).$patch({ param, json: edit, header: ifMatch(2) })).status).toBe(403);
    const later = appWith({
      now: () => new Date(Date.now() + (MESSAGE_EDIT_WINDOW_MINUTES + 1) * 60_000),
    });
    const closed = await later
      .api(a)
      .api["exchange-requests"][":requestId"].messages[":messageId"].$patch({
        param,
        json: edit,
        header: ifMatch(2),
      });
    expect(closed.status).toBe(409);
    expect((await problemOf(closed)).code).toBe("edit-window-closed");
  });

  it("queues a reported message for administrators, who hide it with a reason; it stays, as hidden", async () => {
    const a = await contributorA();
    const { requestId } = await requestIn(ctx, "accepted", a, b, rotterdam.cityId);
    const { messageId } = await messageIn(ctx, a, requestId);
    const param = { requestId, messageId };
    const message = (caller: Caller) => requestOf(ctx, caller).messages[":messageId"];
    const reason = { reason: "Shares a colleague's private phone number." };
    const reported = await message(b).report.$post({ param, json: reason });
    expect(reported.status).toBe(204);
    expect((await message(b).report.$post({ param, json: reason })).status).toBe(409);
    const queue = await ok(
      ctx.api(admin).api.admin["exchange-request-reports"].$get({ query: { limit: "100" } }),
    );
    const entry = queue.items.find((item) => item.message.messageId === messageId);
    expect(entry?.reports.map((r) => r.reason)).toEqual([reason.reason]);
    const hidden = await ok(
      message(admin).moderation.$post({
        param,
        json: { decision: "hide", reason: "Personal data of a third person." },
        header: ifMatch(1),
      }),
    );
    expect(hidden.state).toBe("hidden");
    const seen = await ok(requestOf(ctx, b).messages.$get({ param: { requestId }, query: {} }));
    expect(seen.items.find((m) => m.messageId === messageId)).toMatchObject({
      state: "hidden",
      body: null,
      author: null,
    });
    const own = await ok(requestOf(ctx, a).messages.$get({ param: { requestId }, query: {} }));
    expect(own.items.find((m) => m.messageId === messageId)).toMatchObject({
      body: MESSAGE.body,
      hiddenReason: "Personal data of a third person.",
    });
    const after = await ok(
      ctx.api(admin).api.admin["exchange-request-reports"].$get({ query: { limit: "100" } }),
    );
    expect(after.items.some((item) => item.message.messageId === messageId)).toBe(false);
  });

  it(`refuses the message after ${MESSAGES_PER_HOUR} in an hour with 429 and Retry-After`, async () => {
    const a = await contributorA();
    const { requestId } = await requestIn(ctx, "open", a, b, rotterdam.cityId);
    for (let n = 0; n < MESSAGES_PER_HOUR; n += 1) await messageIn(ctx, a, requestId);
    const refused = await requestOf(ctx, a).messages.$post({ param: { requestId }, json: MESSAGE });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(3000);
    expect((await problemOf(refused)).code).toBe("too-many-messages");
  });
});

describe("account deletion", () => {
  it("keeps the person's request and messages for the other city, without their name", async () => {
    const a = await contributorA();
    const { requestId } = await requestIn(ctx, "open", a, b, rotterdam.cityId);
    const { messageId } = await messageIn(ctx, a, requestId);
    expect((await ctx.raw(a, "DELETE", "/api/me")).status).toBe(204);
    const read = await ok(requestOf(ctx, b).$get({ param: { requestId } }));
    expect(read.requester.name).toBe("");
    expect(read.log[0]?.byName).toBe("");
    const thread = await ok(requestOf(ctx, b).messages.$get({ param: { requestId }, query: {} }));
    expect(thread.items.find((m) => m.messageId === messageId)).toMatchObject({
      body: MESSAGE.body,
      author: { name: "" },
    });
  });

  it("keeps an outcome for the other city, without the name of who recorded it", async () => {
    const a = await contributorA();
    const recorder = await ctx.newUser({ groups: ["contributor"], cityId: rotterdam.cityId });
    const { requestId } = await requestIn(ctx, "completed", a, recorder, rotterdam.cityId);
    const before = await ok(requestOf(ctx, a).$get({ param: { requestId } }));
    expect(before.outcome?.byName).not.toBe("");
    expect((await ctx.raw(recorder, "DELETE", "/api/me")).status).toBe(204);
    const read = await ok(requestOf(ctx, a).$get({ param: { requestId } }));
    expect(read.outcome).toMatchObject({ summary: OUTCOME.summary, byName: "" });
  });
});

describe("domain events", () => {
  it("writes one event per step, carrying the cities, the requester and who acted", async () => {
    const a = await contributorA();
    const { requestId } = await requestIn(ctx, "completed", a, b, rotterdam.cityId);
    await messageIn(ctx, a, requestId);
    const log = await core.data.entities.exchangeRequestEvent.query
      .byRequest({ requestId })
      .go({ pages: "all" });
    expect(log.data.map((e) => [e.action, e.state, e.byCityId])).toEqual([
      ["requested", "open", aarhus.cityId],
      ["accepted", "accepted", rotterdam.cityId],
      ["outcome-recorded", "completed", rotterdam.cityId],
      ["message-posted", "completed", aarhus.cityId],
    ]);
    for (const event of log.data) {
      expect(event).toMatchObject({
        fromCityId: aarhus.cityId,
        toCityId: rotterdam.cityId,
      });
    }
    expect(log.data[3]?.messageId).toMatch(/^msg_/);
  });
});
