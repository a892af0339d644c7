import { randomUUID } from "node:crypto";
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
import { courseApi, courseOf, type NewLesson } from "./support/course-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";

/**
 * Focused tests for each cause of a 5xx or a half-done write that the
 * naughty-input sweep (naughty-input*.test.ts) found, on the real emulators.
 */
let ctx: TestContext;
let contributor: Caller;
let admin: Caller;
let trainer: Caller;
const items = "/api/exchange/items";

beforeAll(async () => {
  ctx = await testContext();
  [contributor, admin, trainer] = await Promise.all([
    ctx.newUser({ groups: ["contributor"], cityId: DEMO_CITIES[0]?.cityId }),
    ctx.newUser({ groups: ["admin"] }),
    ctx.newUser({ groups: ["trainer"] }),
  ]);
});

const cityItems = async (caller: Caller) =>
  (await ok(ctx.api(caller).api.me["city-items"].$get({ query: { limit: "100" } }))).items;

describe("hostile input on the real data store", () => {
  it("refuses a 50 MB JSON body with 413 and writes nothing", async () => {
    const title = `Too big ${randomUUID()}`;
    const body = JSON.stringify({
      kind: "resource",
      title,
      description: "a".repeat(50 * 1024 * 1024),
    });
    const big = await ctx.app.request(items, {
      method: "POST",
      headers: { authorization: `Bearer ${contributor.token}`, "content-type": "application/json" },
      body,
    });
    expect(big.status).toBe(413);
    expect((await big.json()).errors).toEqual([{ field: "body", message: expect.any(String) }]);
    const titles = (await cityItems(contributor)).map((item) => item.title);
    expect(titles).not.toContain(title);
  });

  it("refuses an item's contact e-mail longer than an address can be (it overflowed the item: 500)", async () => {
    const { itemId, version } = await itemIn(ctx, "draft", contributor, admin);
    const email = `${"a".repeat(500_000)}@example.org`;
    const response = await ctx.api(contributor).api.exchange.items[":itemId"].$patch({
      param: { itemId },
      json: { contact: { name: "Mette", role: "Lead", email } },
      header: ifMatch(version),
    });
    expect(response.status).toBe(400);
    expect((await problemOf(response)).errors).toEqual([
      { field: "contact.email", message: expect.any(String) },
    ]);
  });

  it("refuses a lesson that would make the course draft larger than it can be stored, and changes nothing", async () => {
    const course = await courseOf(ctx, trainer, { publish: false });
    const { course: routes, param } = courseApi(ctx, trainer, course.courseId);
    const lessons = routes.draft.modules[":moduleId"].lessons;
    // Each lesson at its longest in a script of 3 bytes a character: 150 kB.
    const long: NewLesson = {
      title: "Long read",
      content: { kind: "text", body: "ქ".repeat(50_000) },
    };
    const statuses: number[] = [];
    let version = course.version;
    for (let lesson = 0; lesson < 3; lesson += 1) {
      const response = await lessons.$post({
        param: { ...param, moduleId: course.moduleId },
        json: long,
        header: ifMatch(version),
      });
      statuses.push(response.status);
      if (response.status === 200) version = (await response.json()).version;
      else {
        expect(response.headers.get("content-type")).toBe("application/problem+json");
        expect((await problemOf(response)).code).toBe("course-too-large");
      }
    }
    expect(statuses.every((status) => status < 500)).toBe(true);
    expect(statuses).toContain(409);
    const draft = await routes.draft.$get({ param });
    expect((await draft.json()).version).toBe(version);
  });
});
