import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { cityOf, cityWorld, STATUS_REASON } from "./support/city-fixtures.ts";
import { type Caller, ifMatch, ok, type TestContext } from "./support/context.ts";
import { asked, discussionOf } from "./support/discussion-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import { messageIn, requestIn, requestOf } from "./support/exchange-request-fixtures.ts";
import { application, applicationIn } from "./support/membership-fixtures.ts";

/**
 * Membership and moderation decisions in the administrators' audit log (decision 0050), on
 * DynamoDB Local and a table of its own (it suspends cities and makes one leave): each
 * decision leaves exactly one record, written in the decision's own transaction, with who,
 * what, about what, before, after and why; a refused decision leaves none.
 */
let ctx: TestContext;
let admin: Caller;
let adminId: string;
let contributor: Caller;
let otherContributor: Caller;
let cityId: string;
let otherCityId: string;

beforeAll(async () => {
  const world = await cityWorld("audit-decisions");
  ({ ctx, cityId, otherCityId } = world);
  ({
    admin,
    contributorOwnCity: contributor,
    contributorOtherCity: otherContributor,
  } = world.callers);
  adminId = (await ok(ctx.api(admin).api.me.$get())).userId;
});

interface Record {
  actorId: string;
  objectType: string;
  objectId: string;
  action: string;
  before: string;
  after: string;
  reason: string | null;
}

/** The audit trail of one object, newest first. */
async function trail(objectId: string): Promise<Record[]> {
  const response = await ctx.raw(admin, "GET", `/api/admin/audit?object=${objectId}&limit=100`);
  expect(response.status).toBe(200);
  return (await response.json()).items;
}

const STALE = ifMatch(99);

describe("membership application decisions", () => {
  it("records requesting information, declining and approving once each, with the reason", async () => {
    const asked = await applicationIn(ctx, "submitted", admin);
    const review = application(ctx, admin).review;
    const refused = await review.$post({
      param: { applicationId: asked.applicationId },
      json: { decision: "request-information", message: "Who leads the network?" },
      header: STALE,
    });
    expect(refused.status).toBe(412);
    expect(await trail(asked.applicationId)).toEqual([]);

    await ok(
      review.$post({
        param: { applicationId: asked.applicationId },
        json: { decision: "request-information", message: "Who leads the network?" },
        header: ifMatch(asked.version),
      }),
    );
    expect(await trail(asked.applicationId)).toEqual([
      expect.objectContaining({
        actorId: adminId,
        objectType: "membership-application",
        objectId: asked.applicationId,
        action: "application-information-requested",
        before: "state: submitted",
        after: "state: information-requested",
        reason: "Who leads the network?",
      }),
    ]);

    const declined = await applicationIn(ctx, "submitted", admin);
    await ok(
      review.$post({
        param: { applicationId: declined.applicationId },
        json: { decision: "decline", message: "Not a municipality." },
        header: ifMatch(declined.version),
      }),
    );
    expect(await trail(declined.applicationId)).toEqual([
      expect.objectContaining({
        action: "application-declined",
        after: "state: declined",
        reason: "Not a municipality.",
      }),
    ]);

    const approved = await applicationIn(ctx, "submitted", admin, {
      form: { cityName: `Auditon ${randomUUID().slice(0, 8)}` },
    });
    await ok(
      review.$post({
        param: { applicationId: approved.applicationId },
        json: { decision: "approve" },
        header: ifMatch(approved.version),
      }),
    );
    expect(await trail(approved.applicationId)).toEqual([
      expect.objectContaining({
        action: "application-approved",
        before: "state: submitted",
        after: "state: approved",
        reason: null,
      }),
    ]);
    // Deciding again on a decided application is refused, and recorded nowhere.
    const again = await review.$post({
      param: { applicationId: approved.applicationId },
      json: { decision: "decline", message: "Changed our mind." },
      header: ifMatch(approved.version + 1),
    });
    expect(again.status).toBe(409);
    expect(await trail(approved.applicationId)).toHaveLength(1);
  });
});

describe("exchange item moderation", () => {
  const items = (caller: Caller) => ctx.api(caller).api.exchange.items[":itemId"];

  it("records approving, requesting changes, a revision's approval and archiving another city's item", async () => {
    const sent = await itemIn(ctx, "submitted", contributor, admin);
    const param = { itemId: sent.itemId };
    const comment = "Add the evaluation report, please.";
    const stale = await items(admin).review.$post({
      param,
      json: { decision: "request-changes", comment },
      header: STALE,
    });
    expect(stale.status).toBe(412);
    expect(await trail(sent.itemId)).toEqual([]);
    await ok(
      items(admin).review.$post({
        param,
        json: { decision: "request-changes", comment },
        header: ifMatch(sent.version),
      }),
    );
    expect(await trail(sent.itemId)).toEqual([
      expect.objectContaining({
        objectType: "exchange-item",
        action: "item-changes-requested",
        before: "status: submitted",
        after: "status: changes-requested",
        reason: comment,
      }),
    ]);

    // itemIn approves it on the way to "published", then saves a revision.
    const revised = await itemIn(ctx, "revised", contributor, admin);
    expect(await trail(revised.itemId)).toEqual([
      expect.objectContaining({ action: "item-approved", after: "status: published" }),
    ]);
    const revisedParam = { itemId: revised.itemId };
    await ok(
      items(contributor).submit.$post({ param: revisedParam, header: ifMatch(revised.version) }),
    );
    await ok(
      items(admin).review.$post({
        param: revisedParam,
        json: { decision: "approve" },
        header: ifMatch(revised.version + 1),
      }),
    );
    const [revision] = await trail(revised.itemId);
    expect(revision).toMatchObject({
      action: "item-revision-approved",
      before: "revision: submitted",
      after: "revision: published",
    });
    expect(await trail(revised.itemId)).toHaveLength(2);

    await ok(
      items(admin).archive.$post({ param: revisedParam, header: ifMatch(revised.version + 2) }),
    );
    const archived = await trail(revised.itemId);
    expect(archived).toHaveLength(3);
    expect(archived[0]).toMatchObject({
      action: "item-archived",
      before: "status: published",
      after: "status: archived",
    });
  });

  it("records nothing when a city archives its own item", async () => {
    const own = await itemIn(ctx, "draft", contributor, admin);
    await ok(
      items(contributor).archive.$post({
        param: { itemId: own.itemId },
        header: ifMatch(own.version),
      }),
    );
    expect(await trail(own.itemId)).toEqual([]);
  });
});

describe("discussion post moderation", () => {
  it("records hiding and restoring a post once each, with the reason; a stale decision none", async () => {
    const subject = `item:${(await itemIn(ctx, "published", contributor, admin)).itemId}`;
    const made = await asked(ctx, otherContributor, subject);
    const { question } = discussionOf(ctx, admin, subject);
    const param = { subject, questionId: made.questionId };
    const hide = { decision: "hide" as const, reason: "Names a private person." };
    const stale = await question.moderation.$post({ param, json: hide, header: STALE });
    expect(stale.status).toBe(412);
    expect(await trail(made.questionId)).toEqual([]);
    await ok(question.moderation.$post({ param, json: hide, header: ifMatch(made.version) }));
    await ok(
      question.moderation.$post({
        param,
        json: { decision: "restore", reason: "The name was the author's own." },
        header: ifMatch(made.version + 1),
      }),
    );
    const records = await trail(made.questionId);
    expect(records).toEqual([
      expect.objectContaining({
        objectType: "discussion-post",
        action: "post-restored",
        before: "state: hidden",
        after: "state: visible",
        reason: "The name was the author's own.",
      }),
      expect.objectContaining({
        action: "post-hidden",
        before: "state: visible",
        after: "state: hidden",
        reason: hide.reason,
      }),
    ]);
  });
});

describe("exchange-request message moderation", () => {
  it("records hiding and restoring a message once each; a stale decision none", async () => {
    const { requestId } = await requestIn(
      ctx,
      "accepted",
      contributor,
      otherContributor,
      otherCityId,
    );
    const { messageId } = await messageIn(ctx, contributor, requestId);
    const message = requestOf(ctx, admin).messages[":messageId"];
    const param = { requestId, messageId };
    const hide = { decision: "hide" as const, reason: "Personal data of a third person." };
    const stale = await message.moderation.$post({ param, json: hide, header: STALE });
    expect(stale.status).toBe(412);
    expect(await trail(messageId)).toEqual([]);
    await ok(message.moderation.$post({ param, json: hide, header: ifMatch(1) }));
    await ok(
      message.moderation.$post({
        param,
        json: { decision: "restore", reason: "The number is the office's." },
        header: ifMatch(2),
      }),
    );
    expect((await trail(messageId)).map((record) => [record.objectType, record.action])).toEqual([
      ["request-message", "message-restored"],
      ["request-message", "message-hidden"],
    ]);
  });
});

describe("city membership decisions", () => {
  const version = async () => (await ok(cityOf(ctx, admin).$get({ param: { cityId } }))).version;

  it("records suspending, reinstating and an administrator's leave; not the city's own leave", async () => {
    const cities = cityOf(ctx, admin);
    const param = { cityId };
    const stale = await cities.suspend.$post({ param, json: STATUS_REASON, header: STALE });
    expect(stale.status).toBe(412);
    expect(await trail(cityId)).toEqual([]);
    await ok(
      cities.suspend.$post({ param, json: STATUS_REASON, header: ifMatch(await version()) }),
    );
    await ok(
      cities.reinstate.$post({ param, json: STATUS_REASON, header: ifMatch(await version()) }),
    );
    await ok(
      cities.leave.$post({
        param,
        json: { ...STATUS_REASON, confirm: true },
        header: ifMatch(await version()),
      }),
    );
    const records = await trail(cityId);
    expect(records.map((record) => [record.action, record.before, record.after])).toEqual([
      ["city-left", "status: active", "status: former"],
      ["city-reinstated", "status: suspended", "status: active"],
      ["city-suspended", "status: active", "status: suspended"],
    ]);
    for (const record of records) {
      expect(record).toMatchObject({
        objectType: "city",
        actorId: adminId,
        reason: STATUS_REASON.reason,
      });
    }

    // A city declaring its own leave is its own decision: in its membership log only.
    const own = cityOf(ctx, otherContributor);
    const current = await ok(own.$get({ param: { cityId: otherCityId } }));
    await ok(
      own.leave.$post({
        param: { cityId: otherCityId },
        json: { ...STATUS_REASON, confirm: true },
        header: ifMatch(current.version),
      }),
    );
    expect(await trail(otherCityId)).toEqual([]);
  });
});
