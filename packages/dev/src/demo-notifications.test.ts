import { NOTIFICATION_KINDS } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { demoNotifications } from "./demo-notifications.ts";
import { DEMO_USERS } from "./demo-users.ts";

describe("the demo notifications", () => {
  const all = demoNotifications();

  it("give every demo person an inbox of their own, each one about a page of the demo", () => {
    expect(all.map((person) => person.userId)).toEqual(DEMO_USERS.map((demo) => demo.userId));
    for (const { userId, notifications } of all) {
      expect(notifications.length, userId).toBeGreaterThanOrEqual(2);
      for (const { draft } of notifications) {
        expect(draft.recipientId).toBe(userId);
        expect(NOTIFICATION_KINDS).toContain(draft.kind);
        expect(draft.link).toMatch(/^\/(exchange\/items|events|exchange-requests|courses)\/\w+/);
        expect(Object.values(draft.params).some((value) => value !== "")).toBe(true);
      }
    }
  });

  it("name each change once, so that a person's notifications have keys of their own", () => {
    const ids = all.flatMap((person) => person.notifications.map((each) => each.changeId));
    expect(new Set(ids).size).toBe(ids.length);
  });
});
