import { NOTIFICATION_KINDS } from "@alliance/core";
import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, problemOf, type TestContext, testContext } from "./support/context.ts";
import { notificationFor, unsubscribeTokenFor } from "./support/notification-fixtures.ts";

/* A person's inbox and e-mail choices through the API (decision 0062). */

let ctx: TestContext;
beforeAll(async () => {
  ctx = await testContext();
});

const json = async (response: Response) => {
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  return response.json();
};

describe("the inbox", () => {
  it("lists newest first, counts unread, marks one and then all read", async () => {
    const person: Caller = await ctx.newUser();
    const first = await notificationFor(ctx, person, "event-cancelled");
    const second = await notificationFor(ctx, person, "request-message");
    const third = await notificationFor(ctx, person, "item-approved");

    const count = () => ctx.raw(person, "GET", "/api/me/notifications/unread-count").then(json);
    expect(await count()).toEqual({ unread: 3, more: false });

    const page = await json(await ctx.raw(person, "GET", "/api/me/notifications?limit=2"));
    expect(page.items.map((item: { notificationId: string }) => item.notificationId)).toEqual([
      third,
      second,
    ]);
    const rest = await json(
      await ctx.raw(
        person,
        "GET",
        `/api/me/notifications?limit=2&cursor=${encodeURIComponent(page.cursor)}`,
      ),
    );
    expect(rest.items.map((item: { notificationId: string }) => item.notificationId)).toEqual([
      first,
    ]);

    const read = await json(await ctx.raw(person, "POST", `/api/me/notifications/${second}/read`));
    expect(read).toMatchObject({ notificationId: second, kind: "request-message" });
    expect(read.readAt).toEqual(expect.any(String));
    // Again: nothing changes, not even the time it was read.
    const again = await json(await ctx.raw(person, "POST", `/api/me/notifications/${second}/read`));
    expect(again.readAt).toBe(read.readAt);
    expect(await count()).toEqual({ unread: 2, more: false });

    expect(await json(await ctx.raw(person, "POST", "/api/me/notifications/read"))).toEqual({
      marked: 2,
    });
    expect(await count()).toEqual({ unread: 0, more: false });
  });

  it("answers 404 for someone else's notification, 400 naming a bad id or cursor", async () => {
    const owner = await ctx.newUser();
    const other = await ctx.newUser();
    const id = await notificationFor(ctx, owner);
    expect((await ctx.raw(other, "POST", `/api/me/notifications/${id}/read`)).status).toBe(404);
    const bad = await ctx.raw(other, "POST", "/api/me/notifications/not-an-id/read");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await problemOf(bad))).toContain("notificationId");
    const cursor = await ctx.raw(other, "GET", "/api/me/notifications?cursor=nonsense");
    expect(cursor.status).toBe(400);
    expect(JSON.stringify(await problemOf(cursor))).toContain("cursor");
    // The owner's is still unread.
    expect(await json(await ctx.raw(owner, "GET", "/api/me/notifications/unread-count"))).toEqual({
      unread: 1,
      more: false,
    });
  });
});

describe("e-mail choices", () => {
  it("are immediately for every kind until changed; a PUT needs every kind with a known choice", async () => {
    const person = await ctx.newUser();
    const path = "/api/me/notification-preferences";
    const defaults = await json(await ctx.raw(person, "GET", path));
    expect(defaults).toEqual(
      Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, "immediately"])),
    );
    const chosen = { ...defaults, "request-message": "daily", "event-changed": "off" };
    expect(await json(await ctx.raw(person, "PUT", path, chosen))).toEqual(chosen);
    expect(await json(await ctx.raw(person, "GET", path))).toEqual(chosen);

    const wrong = await ctx.raw(person, "PUT", path, { ...chosen, "event-changed": "weekly" });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(await problemOf(wrong))).toContain("event-changed");
    const { "item-approved": _, ...missing } = chosen;
    expect((await ctx.raw(person, "PUT", path, missing)).status).toBe(400);
    expect((await ctx.raw(person, "PUT", path, { ...chosen, extra: "off" })).status).toBe(400);
    expect(await json(await ctx.raw(person, "GET", path))).toEqual(chosen);
  });

  it("one-click unsubscribe turns off that kind for that person only, without signing in", async () => {
    const person = await ctx.newUser();
    const neighbour = await ctx.newUser();
    const token = await unsubscribeTokenFor(ctx, person, "request-message");
    const done = await ctx.raw(undefined, "POST", `/api/unsubscribe/${token}`);
    expect(await json(done)).toEqual({ kind: "request-message", delivery: "off" });
    const mine = await json(await ctx.raw(person, "GET", "/api/me/notification-preferences"));
    expect(mine["request-message"]).toBe("off");
    expect(mine["event-cancelled"]).toBe("immediately");
    const theirs = await json(await ctx.raw(neighbour, "GET", "/api/me/notification-preferences"));
    expect(theirs["request-message"]).toBe("immediately");
    // Idempotent; an unknown token is 404, a malformed one 400.
    expect((await ctx.raw(undefined, "POST", `/api/unsubscribe/${token}`)).status).toBe(200);
    const unknown = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    expect((await ctx.raw(undefined, "POST", `/api/unsubscribe/${unknown}`)).status).toBe(404);
    expect((await ctx.raw(undefined, "POST", "/api/unsubscribe/short")).status).toBe(400);
  });
});
