import type { ApiClient } from "@alliance/api/client";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, problemOf, type TestContext, testContext } from "./support/context.ts";

const [aarhus, rotterdam] = DEMO_CITIES;
/** Seeded as a former member (decision 0034). */
const bologna = DEMO_CITIES[5];
let ctx: TestContext;

beforeAll(async () => {
  ctx = await testContext();
});

type ProfilePatch = Parameters<ApiClient["api"]["me"]["$patch"]>[0]["json"];

async function patchMe(caller: Caller, json: ProfilePatch, ifMatch?: string) {
  return ctx.api(caller).api.me.$patch({ json, header: ifMatch ? { "if-match": ifMatch } : {} });
}

const getMe = (caller: Caller) => ctx.api(caller).api.me.$get();

describe("the signed-in person's profile", () => {
  it("is created on first sign-in, once, even when the first requests race", async () => {
    const caller = await ctx.newUser();
    const responses = await Promise.all(Array.from({ length: 6 }, () => getMe(caller)));
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const profiles = await Promise.all(responses.map((response) => response.json()));
    expect(new Set(profiles.map((profile) => profile.userId)).size).toBe(1);
    expect(profiles[0]).toMatchObject({
      userId: expect.stringMatching(/^usr_[0-9A-Z]{26}$/),
      username: caller.username,
      displayName: caller.username,
      position: null,
      cityId: null,
      preferredLanguage: "en",
      roles: [],
      version: 1,
    });
    expect(responses[0]?.headers.get("etag")).toBe('"1"');
  });

  it("is edited with If-Match, and the edit is kept", async () => {
    const caller = await ctx.newUser();
    await getMe(caller);
    const response = await patchMe(
      caller,
      {
        displayName: "Ana Pereira",
        position: "councillor",
        cityId: aarhus?.cityId,
        preferredLanguage: "fr",
      },
      '"1"',
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("etag")).toBe('"2"');
    const reread = await (await getMe(caller)).json();
    expect(reread).toMatchObject({
      displayName: "Ana Pereira",
      position: "councillor",
      cityId: aarhus?.cityId,
      preferredLanguage: "fr",
      version: 2,
    });
    const cleared = await patchMe(caller, { position: null, cityId: null }, '"2"');
    expect(await cleared.json()).toMatchObject({ position: null, cityId: null, version: 3 });
  });

  it("refuses a stale edit with 412 and changes nothing", async () => {
    const caller = await ctx.newUser();
    await getMe(caller);
    expect((await patchMe(caller, { displayName: "First tab" }, '"1"')).status).toBe(200);
    const stale = await patchMe(caller, { displayName: "Second tab" }, '"1"');
    expect(stale.status).toBe(412);
    expect(await stale.json()).toMatchObject({ code: "stale-version" });
    const kept = await (await getMe(caller)).json();
    expect(kept).toMatchObject({ displayName: "First tab", version: 2 });
  });

  it("lets only one of two concurrent edits of the same version through", async () => {
    const caller = await ctx.newUser();
    await getMe(caller);
    const statuses = await Promise.all(
      ["Tab A", "Tab B", "Tab C"].map(
        async (displayName) => (await patchMe(caller, { displayName }, '"1"')).status,
      ),
    );
    expect(statuses.sort()).toEqual([200, 412, 412]);
    expect((await (await getMe(caller)).json()).version).toBe(2);
  });

  it("refuses an unknown city with 400 naming cityId, and changes nothing", async () => {
    const caller = await ctx.newUser();
    await getMe(caller);
    const response = await patchMe(
      caller,
      { displayName: "Kept?", cityId: "cty_01JZZZZZZZZZZZZZZZZZZZZZZZ" },
      '"1"',
    );
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([
      { field: "cityId", message: "No member city has this id" },
    ]);
    expect(await (await getMe(caller)).json()).toMatchObject({
      displayName: caller.username,
      version: 1,
    });
  });

  it("refuses a city that has left the alliance with 400 naming cityId, and keeps one already chosen", async () => {
    const caller = await ctx.newUser();
    await getMe(caller);
    const response = await patchMe(caller, { cityId: bologna?.cityId }, '"1"');
    expect(response.status).toBe(400);
    expect(await problemOf(response)).toMatchObject({
      code: "former-city",
      errors: [{ field: "cityId", message: expect.stringContaining("left the alliance") }],
    });
    expect(await (await getMe(caller)).json()).toMatchObject({ cityId: null, version: 1 });

    // Someone whose city left keeps it (an administrator may still assign it) and
    // edits the rest of their profile.
    const admin = await ctx.newUser({ groups: ["admin"] });
    const { userId } = await (await getMe(caller)).json();
    const assigned = await ctx.api(admin).api.admin.users[":userId"].city.$put({
      param: { userId },
      json: { cityId: bologna?.cityId ?? null },
      header: { "if-match": '"1"' },
    });
    expect(assigned.status).toBe(200);
    const renamed = await patchMe(caller, { displayName: "Still from Bologna" }, '"2"');
    expect(await renamed.json()).toMatchObject({ cityId: bologna?.cityId, version: 3 });
  });

  it("keeps a contributor's city, which an administrator assigns, and the rest editable", async () => {
    const contributor = await ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId });
    const { version } = await (await getMe(contributor)).json();
    const move = await patchMe(contributor, { cityId: rotterdam?.cityId }, `"${version}"`);
    expect(move.status).toBe(403);
    expect(await move.json()).toMatchObject({ code: "city-assigned" });
    const renamed = await patchMe(contributor, { displayName: "Still editable" }, `"${version}"`);
    expect(renamed.status).toBe(200);
    expect(await renamed.json()).toMatchObject({ cityId: aarhus?.cityId });
  });
});
