import type { ApiClient } from "@alliance/api/client";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, ok, problemOf, type TestContext, testContext } from "./support/context.ts";

const [aarhus] = DEMO_CITIES;
let ctx: TestContext;
let admin: Caller;

beforeAll(async () => {
  ctx = await testContext();
  admin = await ctx.newUser({ groups: ["admin"] });
});

async function userIdOf(caller: Caller): Promise<string> {
  return (await ok(ctx.api(caller).api.me.$get())).userId;
}

type Roles = Parameters<ApiClient["api"]["admin"]["users"][":userId"]["roles"]["$put"]>[0]["json"];

const assign = (caller: Caller, userId: string, json: Roles) =>
  ctx.api(caller).api.admin.users[":userId"].roles.$put({ param: { userId }, json });
const me = async (caller: Caller) => ok(ctx.api(caller).api.me.$get());

describe("role assignment by an administrator", () => {
  it("makes a representative a contributor of a city; their next token carries the role", async () => {
    const person = await ctx.newUser();
    const userId = await userIdOf(person);
    const response = await assign(admin, userId, {
      roles: ["contributor"],
      cityId: aarhus?.cityId,
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      userId,
      roles: ["contributor"],
      cityId: aarhus?.cityId,
    });

    const renewed = await ctx.signInAgain(person);
    const profile = await me(renewed);
    expect(profile).toMatchObject({ roles: ["contributor"], cityId: aarhus?.cityId, version: 2 });

    const back = await assign(admin, userId, { roles: [] });
    expect(await back.json()).toEqual({ userId, roles: [], cityId: aarhus?.cityId });
    const again = await ctx.signInAgain(person);
    expect((await me(again)).roles).toEqual([]);
  });

  it("refuses a contributor without a city, an unknown city, user or role, and changes nothing", async () => {
    const person = await ctx.newUser();
    const userId = await userIdOf(person);
    const noCity = await assign(admin, userId, { roles: ["contributor"] });
    expect(noCity.status).toBe(400);
    expect((await problemOf(noCity)).errors?.[0]?.field).toBe("cityId");

    const unknownCity = await assign(admin, userId, {
      roles: ["contributor"],
      cityId: "cty_01JZZZZZZZZZZZZZZZZZZZZZZZ",
    });
    expect(unknownCity.status).toBe(400);

    // No such role: a body the typed client must not express.
    const badRole = await ctx.raw(admin, "PUT", `/api/admin/users/${userId}/roles`, {
      roles: ["emperor"],
    });
    expect(badRole.status).toBe(400);
    expect((await problemOf(badRole)).errors?.[0]?.field).toBe("roles.0");

    const nobody = await assign(admin, "usr_01JZZZZZZZZZZZZZZZZZZZZZZZ", { roles: [] });
    expect(nobody.status).toBe(404);

    const renewed = await ctx.signInAgain(person);
    expect(await me(renewed)).toMatchObject({
      roles: [],
      cityId: null,
      version: 1,
    });
  });

  it("does not let an administrator remove their own administrator role", async () => {
    const response = await assign(admin, await userIdOf(admin), { roles: ["trainer"] });
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ code: "own-admin-role" });
  });
});
