import { createDataService, createDynamoClient, ENV, loadConfig } from "@alliance/core";
import { DEMO_CITIES, refreshSignIn, signIn } from "@alliance/dev";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { type Caller, ifMatch, type TestContext, testContext } from "./support/context.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import { claimsOf } from "./support/tokens.ts";

let ctx: TestContext;
let admin: Caller;
let publishedId: string;

const cloud = inject("localCloud");
const env = inject("apiEnv");
const data = createDataService(createDynamoClient(loadConfig(env)), env[ENV.tableName] ?? "");

beforeAll(async () => {
  ctx = await testContext();
  admin = await ctx.newUser({ groups: ["admin"] });
  const contributor = await ctx.newUser({
    groups: ["contributor"],
    cityId: DEMO_CITIES[0].cityId,
  });
  publishedId = (await itemIn(ctx, "published", contributor, admin)).itemId;
});

describe("a deleted account", () => {
  it("refuses the token it was deleted with (401), and never gets a profile back", async () => {
    const person = await ctx.newUser();
    const subject = String(claimsOf(person.token).sub);
    const me = ctx.api(person).api.me;
    const bookmarks = me.bookmarks[":itemId"];
    expect((await me.$get()).status).toBe(200);
    expect((await bookmarks.$put({ param: { itemId: publishedId } })).status).toBe(204);

    expect((await me.$delete()).status).toBe(204);

    const read = await me.$get();
    expect(read.status).toBe(401);
    expect(await read.json()).toMatchObject({ code: "account-deleted" });
    const edit = await me.$patch({ json: { displayName: "Back again" }, header: ifMatch(1) });
    expect(edit.status).toBe(401);
    const bookmark = await bookmarks.$put({ param: { itemId: publishedId } });
    expect(bookmark.status).toBe(401);
    expect((await me["learning-record"].$get()).status).toBe(401);

    expect((await data.entities.user.get({ subject }).go()).data).toBeNull();
    expect((await data.entities.bookmark.query.bySubject({ subject }).go()).data).toEqual([]);
    const tombstone = (await data.entities.accountTombstone.get({ subject }).go()).data;
    // Kept until long after any token issued before the deletion has expired (a day at most).
    expect(tombstone?.expiresAt).toBeGreaterThan(Date.now() / 1000 + 24 * 60 * 60);

    // Repeating the deletion with the same token is harmless (a retry after a failure).
    expect((await me.$delete()).status).toBe(204);
    expect((await data.entities.user.get({ subject }).go()).data).toBeNull();
  });

  it("can no longer refresh its tokens: deleting the sign-in revoked them", async () => {
    const person = await ctx.newUser();
    const tokens = await signIn(cloud, person.username, person.password);
    expect(await refreshSignIn(cloud, tokens.refreshToken)).toEqual(expect.any(String));

    const signedIn = { ...person, token: tokens.accessToken };
    expect((await ctx.api(signedIn).api.me.$delete()).status).toBe(204);

    await expect(refreshSignIn(cloud, tokens.refreshToken)).rejects.toMatchObject({
      name: "NotAuthorizedException",
    });
  });

  it("leaves everyone else's tokens alone", async () => {
    const [leaving, staying] = await Promise.all([ctx.newUser(), ctx.newUser()]);
    expect((await ctx.api(leaving).api.me.$delete()).status).toBe(204);
    expect((await ctx.api(staying).api.me.$get()).status).toBe(200);
  });
});
