import type { ApiClient } from "@alliance/api/client";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type Caller,
  ifMatch,
  problemOf,
  type TestContext,
  testContext,
} from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

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

type Item = ApiClient["api"]["exchange"]["items"][":itemId"];
const item = (caller: Caller | undefined): Item => ctx.api(caller).api.exchange.items[":itemId"];
const patch = (
  caller: Caller,
  itemId: string,
  version: number,
  json: Parameters<Item["$patch"]>[0]["json"],
) => item(caller).$patch({ param: { itemId }, json, header: ifMatch(version) });
const submit = (caller: Caller, itemId: string, version: number) =>
  item(caller).submit.$post({ param: { itemId }, header: ifMatch(version) });
const review = (
  caller: Caller,
  itemId: string,
  version: number,
  json: Parameters<Item["review"]["$post"]>[0]["json"],
) => item(caller).review.$post({ param: { itemId }, json, header: ifMatch(version) });
const withdraw = (caller: Caller, itemId: string, version: number) =>
  item(caller).revision.$delete({ param: { itemId }, header: ifMatch(version) });
const archive = (caller: Caller, itemId: string, version: number) =>
  item(caller).archive.$post({ param: { itemId }, header: ifMatch(version) });

/** A word no other test uses, so a search for it finds only this test's item. */
const word = (name: string) =>
  `${name}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

async function published(marker: string) {
  const { itemId, version } = await itemIn(ctx, "published", contributor, admin, {
    title: `Mentors in ${marker} schools`,
  });
  return { itemId, version };
}

async function search(caller: Caller | undefined, q: string): Promise<string[]> {
  const response = await ctx.api(caller).api.exchange.items.$get({ query: { q } });
  expect(response.status).toBe(200);
  return (await response.json()).items.map((found) => found.title);
}

const read = async (caller: Caller | undefined, itemId: string) => {
  const response = await item(caller).$get({ query: {}, param: { itemId } });
  expect(response.status).toBe(200);
  return response.json();
};

async function queue(): Promise<
  Array<{ itemId: string; title: string; revisionStatus: string | null }>
> {
  const response = await ctx.api(admin).api.admin.moderation.$get({ query: { limit: "100" } });
  expect(response.status).toBe(200);
  return (await response.json()).items;
}

const log = (read: { moderation: Array<{ action: string }> | null }) =>
  read.moderation?.map((event) => event.action);

describe("an edit to a published item waits for review", () => {
  it("keeps the published text live for everyone until an administrator approves the revision", async () => {
    const before = word("old");
    const after = word("new");
    const { itemId } = await published(before);

    const edited = await patch(contributor, itemId, 4, {
      title: `Mentors in ${after} schools`,
      description: `Revised: ${after} mentors meet weekly with every student, all year long, in pairs.`,
    });
    expect(edited.status).toBe(200);
    expect(edited.headers.get("etag")).toBe('"5"');
    const own = await edited.json();
    expect(own).toMatchObject({
      status: "published",
      title: `Mentors in ${before} schools`,
      revisionStatus: "draft",
      revision: { status: "draft", fields: { title: `Mentors in ${after} schools` } },
    });

    // Everyone outside the city and the administrators sees the published text, and nothing of the revision.
    for (const caller of [undefined, member, otherCity]) {
      const seen = await read(caller, itemId);
      expect(seen).toMatchObject({
        title: `Mentors in ${before} schools`,
        revision: null,
        revisionStatus: null,
      });
      expect(JSON.stringify(seen)).not.toContain(after);
      expect(await search(caller, after)).toEqual([]);
      expect(await search(caller, before)).toEqual([`Mentors in ${before} schools`]);
    }
    expect((await queue()).map((entry) => entry.itemId)).not.toContain(itemId);

    const submitted = await submit(contributor, itemId, 5);
    expect(submitted.status).toBe(200);
    expect((await submitted.json()).revisionStatus).toBe("submitted");
    const waiting = (await queue()).find((entry) => entry.itemId === itemId);
    expect(waiting).toEqual(
      expect.objectContaining({
        title: `Mentors in ${before} schools`,
        revisionStatus: "submitted",
      }),
    );

    const reviewed = await read(admin, itemId);
    expect(reviewed.revision?.fields.title).toBe(`Mentors in ${after} schools`);
    expect(reviewed.title).toBe(`Mentors in ${before} schools`);
    expect(reviewed.actions.review).toBe(true);

    const approved = await review(admin, itemId, 6, { decision: "approve" });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({
      status: "published",
      title: `Mentors in ${after} schools`,
      revision: null,
      revisionStatus: null,
    });
    const seen = await read(undefined, itemId);
    expect(seen.title).toBe(`Mentors in ${after} schools`);
    expect(seen.description).toContain(`Revised: ${after}`);
    expect(await search(undefined, after)).toEqual([`Mentors in ${after} schools`]);
    expect(await search(undefined, before)).toEqual([]);
    expect((await queue()).map((entry) => entry.itemId)).not.toContain(itemId);
    expect(log(await read(contributor, itemId))).toEqual([
      "submitted",
      "approved",
      "revision-submitted",
      "revision-approved",
    ]);
  });

  it("sends a revision back with a comment, keeps it for the contributor to edit, and lets them withdraw it", async () => {
    const before = word("kept");
    const { itemId } = await published(before);
    await patch(contributor, itemId, 4, {
      summary: "A first proposal for the summary of this item.",
    });
    await submit(contributor, itemId, 5);

    const noComment = await review(admin, itemId, 6, {
      decision: "request-changes",
    });
    expect(noComment.status).toBe(400);
    const sentBack = await review(admin, itemId, 6, {
      decision: "request-changes",
      comment: "Say who trains the mentors.",
    });
    expect(sentBack.status).toBe(200);
    const own = await read(contributor, itemId);
    expect(own).toMatchObject({
      title: `Mentors in ${before} schools`,
      revision: {
        status: "changes-requested",
        fields: { summary: "A first proposal for the summary of this item." },
      },
      actions: { edit: true, submit: true, withdrawRevision: true },
    });
    expect(own.moderation?.at(-1)).toMatchObject({
      action: "revision-changes-requested",
      comment: "Say who trains the mentors.",
    });

    const again = await patch(contributor, itemId, 7, {
      summary: "Youth workers train the mentors for three days before they start.",
    });
    expect((await again.json()).revision).toMatchObject({
      status: "changes-requested",
      fields: { summary: "Youth workers train the mentors for three days before they start." },
    });
    expect((await submit(contributor, itemId, 8)).status).toBe(200);

    const withdrawn = await withdraw(contributor, itemId, 9);
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({
      revision: null,
      title: `Mentors in ${before} schools`,
    });
    const seen = await read(undefined, itemId);
    expect(seen.summary).toBe(
      "Trained volunteers from the neighbourhood meet young people who left school early.",
    );
    expect(log(await read(admin, itemId))?.slice(-4)).toEqual([
      "revision-submitted",
      "revision-changes-requested",
      "revision-submitted",
      "revision-withdrawn",
    ]);
    expect((await withdraw(contributor, itemId, 10)).status).toBe(409);
  });

  it("refuses a stale revision, approval or withdrawal with 412, and an unchanged revision with 409", async () => {
    const { itemId } = await published(word("stale"));
    // The same tags as published: a revision, but no change to review.
    const same = { tags: ["mentoring", "early school leaving"] };
    expect((await patch(contributor, itemId, 4, same)).status).toBe(200);
    expect((await patch(contributor, itemId, 4, { tags: ["lost"] })).status).toBe(412);
    const unchanged = await submit(contributor, itemId, 5);
    expect(unchanged.status).toBe(409);
    expect((await problemOf(unchanged)).code).toBe("revision-unchanged");
    await patch(contributor, itemId, 5, { tags: ["mentoring", "schools"] });
    await submit(contributor, itemId, 6);
    expect((await review(admin, itemId, 6, { decision: "approve" })).status).toBe(412);
    expect((await withdraw(contributor, itemId, 6)).status).toBe(412);
    const own = await read(contributor, itemId);
    expect(own).toMatchObject({
      version: 7,
      revision: { status: "submitted", fields: { tags: ["mentoring", "schools"] } },
    });
    expect(own.tags).toEqual(["mentoring", "early school leaving"]);
  });

  it("lets exactly one of a concurrent approval and edit win; the other is 412", async () => {
    const { itemId } = await published(word("race"));
    await patch(contributor, itemId, 4, {
      outcomes: "Nine in ten mentees were in school after a year.",
    });
    await submit(contributor, itemId, 5);
    const [approval, edit] = await Promise.all([
      review(admin, itemId, 6, { decision: "approve" }),
      patch(contributor, itemId, 6, {
        outcomes: "Most mentees were back in school after a year.",
      }),
    ]);
    expect([approval.status, edit.status].sort()).toEqual([200, 412]);
    const seen = await read(admin, itemId);
    expect(seen.version).toBe(7);
    if (approval.status === 200) {
      expect(seen).toMatchObject({
        outcomes: "Nine in ten mentees were in school after a year.",
        revision: null,
      });
    } else {
      expect(seen.outcomes).toBe("Most mentees were back in education or work after a year.");
      expect(seen.revision?.fields.outcomes).toBe("Most mentees were back in school after a year.");
    }
  });

  it("gives nobody but the city a way to change the revision, and archives it away with the item", async () => {
    const { itemId } = await published(word("guarded"));
    expect((await patch(otherCity, itemId, 4, { title: "Taken over" })).status).toBe(403);
    expect((await patch(admin, itemId, 4, { title: "Taken over" })).status).toBe(403);
    await patch(contributor, itemId, 4, { title: "Mentors, revised" });
    expect((await withdraw(otherCity, itemId, 5)).status).toBe(403);
    expect((await withdraw(admin, itemId, 5)).status).toBe(403);
    const archived = await archive(admin, itemId, 5);
    expect(archived.status).toBe(200);
    expect(await archived.json()).toMatchObject({ status: "archived", revision: null });
  });
});

describe("reading an item that is not for you", () => {
  it("tells a signed-out visitor to sign in for a members-only item, and says an unknown or unpublished one is not there", async () => {
    const membersOnly = await itemIn(ctx, "published", contributor, admin, {
      visibility: "members",
    });
    const refused = await item(undefined).$get({
      query: {},
      param: { itemId: membersOnly.itemId },
    });
    expect(refused.status).toBe(401);
    const problem = await problemOf(refused);
    expect(problem.code).toBe("sign-in-required");
    expect(JSON.stringify(problem)).not.toContain("Neighbourhood mentors");
    expect(
      (await item(member).$get({ query: {}, param: { itemId: membersOnly.itemId } })).status,
    ).toBe(200);

    const draft = await itemIn(ctx, "draft", contributor, admin, { visibility: "members" });
    expect(
      (await item(undefined).$get({ query: {}, param: { itemId: draft.itemId } })).status,
    ).toBe(404);
    expect(
      (await item(otherCity).$get({ query: {}, param: { itemId: draft.itemId } })).status,
    ).toBe(404);
    const unknown = await item(undefined).$get({
      query: {},
      param: { itemId: "xch_01J9ZC3V6D8R1F3W5S9K2M4N7P" },
    });
    expect(unknown.status).toBe(404);
    expect((await problemOf(unknown)).code).toBe("item-not-found");
  });
});
