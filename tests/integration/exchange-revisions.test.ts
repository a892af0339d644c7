import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, type TestContext, testContext } from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

const [aarhus, rotterdam] = DEMO_CITIES;
const items = "/api/exchange/items";
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

const send = (
  caller: Caller | undefined,
  method: string,
  path: string,
  version: number,
  body?: unknown,
) => ctx.call(caller, method, path, body, { "if-match": `"${version}"` });

/** A word no other test uses, so a search for it finds only this test's item. */
const word = (name: string) =>
  `${name}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;

async function published(marker: string) {
  const { itemId, version } = await itemIn(ctx, "published", contributor, admin, {
    title: `Mentors in ${marker} schools`,
  });
  return { itemId, version, path: `${items}/${itemId}` };
}

async function search(caller: Caller | undefined, q: string): Promise<string[]> {
  const response = await ctx.call(caller, "GET", `${items}?q=${encodeURIComponent(q)}`);
  expect(response.status).toBe(200);
  return (await response.json()).items.map((item: { title: string }) => item.title);
}

const read = async (caller: Caller | undefined, path: string) => {
  const response = await ctx.call(caller, "GET", path);
  expect(response.status).toBe(200);
  return response.json();
};

async function queue(): Promise<
  Array<{ itemId: string; title: string; revisionStatus: string | null }>
> {
  return (await read(admin, "/api/admin/moderation?limit=100")).items;
}

const log = (item: { moderation: Array<{ action: string }> }) =>
  item.moderation.map((event) => event.action);

describe("an edit to a published item waits for review", () => {
  it("keeps the published text live for everyone until an administrator approves the revision", async () => {
    const before = word("old");
    const after = word("new");
    const { itemId, path } = await published(before);

    const edited = await send(contributor, "PATCH", path, 4, {
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
      const seen = await read(caller, path);
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

    const submitted = await send(contributor, "POST", `${path}/submit`, 5);
    expect(submitted.status).toBe(200);
    expect((await submitted.json()).revisionStatus).toBe("submitted");
    const waiting = (await queue()).find((entry) => entry.itemId === itemId);
    expect(waiting).toEqual(
      expect.objectContaining({
        title: `Mentors in ${before} schools`,
        revisionStatus: "submitted",
      }),
    );

    const reviewed = await read(admin, path);
    expect(reviewed.revision.fields.title).toBe(`Mentors in ${after} schools`);
    expect(reviewed.title).toBe(`Mentors in ${before} schools`);
    expect(reviewed.actions.review).toBe(true);

    const approved = await send(admin, "POST", `${path}/review`, 6, { decision: "approve" });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toMatchObject({
      status: "published",
      title: `Mentors in ${after} schools`,
      revision: null,
      revisionStatus: null,
    });
    const seen = await read(undefined, path);
    expect(seen.title).toBe(`Mentors in ${after} schools`);
    expect(seen.description).toContain(`Revised: ${after}`);
    expect(await search(undefined, after)).toEqual([`Mentors in ${after} schools`]);
    expect(await search(undefined, before)).toEqual([]);
    expect((await queue()).map((entry) => entry.itemId)).not.toContain(itemId);
    expect(log(await read(contributor, path))).toEqual([
      "submitted",
      "approved",
      "revision-submitted",
      "revision-approved",
    ]);
  });

  it("sends a revision back with a comment, keeps it for the contributor to edit, and lets them withdraw it", async () => {
    const before = word("kept");
    const { path } = await published(before);
    await send(contributor, "PATCH", path, 4, {
      summary: "A first proposal for the summary of this item.",
    });
    await send(contributor, "POST", `${path}/submit`, 5);

    const noComment = await send(admin, "POST", `${path}/review`, 6, {
      decision: "request-changes",
    });
    expect(noComment.status).toBe(400);
    const sentBack = await send(admin, "POST", `${path}/review`, 6, {
      decision: "request-changes",
      comment: "Say who trains the mentors.",
    });
    expect(sentBack.status).toBe(200);
    const own = await read(contributor, path);
    expect(own).toMatchObject({
      title: `Mentors in ${before} schools`,
      revision: {
        status: "changes-requested",
        fields: { summary: "A first proposal for the summary of this item." },
      },
      actions: { edit: true, submit: true, withdrawRevision: true },
    });
    expect(own.moderation.at(-1)).toMatchObject({
      action: "revision-changes-requested",
      comment: "Say who trains the mentors.",
    });

    const again = await send(contributor, "PATCH", path, 7, {
      summary: "Youth workers train the mentors for three days before they start.",
    });
    expect((await again.json()).revision).toMatchObject({
      status: "changes-requested",
      fields: { summary: "Youth workers train the mentors for three days before they start." },
    });
    expect((await send(contributor, "POST", `${path}/submit`, 8)).status).toBe(200);

    const withdrawn = await send(contributor, "DELETE", `${path}/revision`, 9);
    expect(withdrawn.status).toBe(200);
    expect(await withdrawn.json()).toMatchObject({
      revision: null,
      title: `Mentors in ${before} schools`,
    });
    const seen = await read(undefined, path);
    expect(seen.summary).toBe(
      "Trained volunteers from the neighbourhood meet young people who left school early.",
    );
    expect(log(await read(admin, path)).slice(-4)).toEqual([
      "revision-submitted",
      "revision-changes-requested",
      "revision-submitted",
      "revision-withdrawn",
    ]);
    expect((await send(contributor, "DELETE", `${path}/revision`, 10)).status).toBe(409);
  });

  it("refuses a stale revision, approval or withdrawal with 412, and an unchanged revision with 409", async () => {
    const { path } = await published(word("stale"));
    // The same tags as published: a revision, but no change to review.
    const same = { tags: ["mentoring", "early school leaving"] };
    expect((await send(contributor, "PATCH", path, 4, same)).status).toBe(200);
    expect((await send(contributor, "PATCH", path, 4, { tags: ["lost"] })).status).toBe(412);
    const unchanged = await send(contributor, "POST", `${path}/submit`, 5);
    expect(unchanged.status).toBe(409);
    expect((await unchanged.json()).code).toBe("revision-unchanged");
    await send(contributor, "PATCH", path, 5, { tags: ["mentoring", "schools"] });
    await send(contributor, "POST", `${path}/submit`, 6);
    expect((await send(admin, "POST", `${path}/review`, 6, { decision: "approve" })).status).toBe(
      412,
    );
    expect((await send(contributor, "DELETE", `${path}/revision`, 6)).status).toBe(412);
    const own = await read(contributor, path);
    expect(own).toMatchObject({
      version: 7,
      revision: { status: "submitted", fields: { tags: ["mentoring", "schools"] } },
    });
    expect(own.tags).toEqual(["mentoring", "early school leaving"]);
  });

  it("lets exactly one of a concurrent approval and edit win; the other is 412", async () => {
    const { path } = await published(word("race"));
    await send(contributor, "PATCH", path, 4, {
      outcomes: "Nine in ten mentees were in school after a year.",
    });
    await send(contributor, "POST", `${path}/submit`, 5);
    const [approval, edit] = await Promise.all([
      send(admin, "POST", `${path}/review`, 6, { decision: "approve" }),
      send(contributor, "PATCH", path, 6, {
        outcomes: "Most mentees were back in school after a year.",
      }),
    ]);
    expect([approval.status, edit.status].sort()).toEqual([200, 412]);
    const seen = await read(admin, path);
    expect(seen.version).toBe(7);
    if (approval.status === 200) {
      expect(seen).toMatchObject({
        outcomes: "Nine in ten mentees were in school after a year.",
        revision: null,
      });
    } else {
      expect(seen.outcomes).toBe("Most mentees were back in education or work after a year.");
      expect(seen.revision.fields.outcomes).toBe("Most mentees were back in school after a year.");
    }
  });

  it("gives nobody but the city a way to change the revision, and archives it away with the item", async () => {
    const { path } = await published(word("guarded"));
    expect((await send(otherCity, "PATCH", path, 4, { title: "Taken over" })).status).toBe(403);
    expect((await send(admin, "PATCH", path, 4, { title: "Taken over" })).status).toBe(403);
    await send(contributor, "PATCH", path, 4, { title: "Mentors, revised" });
    expect((await send(otherCity, "DELETE", `${path}/revision`, 5)).status).toBe(403);
    expect((await send(admin, "DELETE", `${path}/revision`, 5)).status).toBe(403);
    const archived = await send(admin, "POST", `${path}/archive`, 5);
    expect(archived.status).toBe(200);
    expect(await archived.json()).toMatchObject({ status: "archived", revision: null });
  });
});

describe("reading an item that is not for you", () => {
  it("tells a signed-out visitor to sign in for a members-only item, and says an unknown or unpublished one is not there", async () => {
    const membersOnly = await itemIn(ctx, "published", contributor, admin, {
      visibility: "members",
    });
    const refused = await ctx.call(undefined, "GET", `${items}/${membersOnly.itemId}`);
    expect(refused.status).toBe(401);
    const problem = await refused.json();
    expect(problem.code).toBe("sign-in-required");
    expect(JSON.stringify(problem)).not.toContain("Neighbourhood mentors");
    expect((await ctx.call(member, "GET", `${items}/${membersOnly.itemId}`)).status).toBe(200);

    const draft = await itemIn(ctx, "draft", contributor, admin, { visibility: "members" });
    expect((await ctx.call(undefined, "GET", `${items}/${draft.itemId}`)).status).toBe(404);
    expect((await ctx.call(otherCity, "GET", `${items}/${draft.itemId}`)).status).toBe(404);
    const unknown = await ctx.call(undefined, "GET", `${items}/xch_01J9ZC3V6D8R1F3W5S9K2M4N7P`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).code).toBe("item-not-found");
  });
});
