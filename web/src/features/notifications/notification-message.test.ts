import { NOTIFICATION_KINDS, type NotificationView, UI_LOCALES } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { i18n } from "../../testing/test-i18n.ts";
import {
  notificationDetail,
  notificationMessage,
  notificationTarget,
} from "./notification-message.ts";

const notification = (over: Partial<NotificationView>): NotificationView => ({
  notificationId: "ntf_01J9ZC3V6D8R1F3W5S9K2M4N7P",
  kind: "item-approved",
  params: {},
  link: "/exchange/items/xch_01J9ZC3V6D8R1F3W5S9K2M4N7P",
  createdAt: "2026-12-04T10:00:00.000Z",
  readAt: null,
  ...over,
});

const params = {
  title: "Youth mentoring",
  city: "Gdańsk",
  author: "Noor Bakker",
  search: "Schools in Denmark",
};

describe("a notification's sentence", () => {
  it.each(UI_LOCALES)("is a sentence with its values for every kind in %s", (locale) => {
    const t = i18n.getFixedT(locale);
    for (const kind of NOTIFICATION_KINDS) {
      const text = notificationMessage(t, notification({ kind, params }));
      expect(text, kind).not.toContain("notifications.");
      expect(text, kind).not.toContain("{{");
      expect(text, kind).toMatch(/Youth mentoring|Gdańsk|Noor Bakker/);
    }
  });

  it("names the decision on an application, and still reads for one it does not know", () => {
    const t = i18n.getFixedT("en");
    const decided = (decision: string) =>
      notificationMessage(
        t,
        notification({ kind: "application-decided", params: { decision, city: "Gdańsk" } }),
      );
    expect(decided("approved")).toBe(
      "The application of Gdańsk to join the alliance was approved.",
    );
    expect(decided("declined")).toContain("declined");
    expect(decided("something-new")).toContain("news on the application of Gdańsk");
  });

  it("reads without a placeholder when an older notification lacks a value", () => {
    const t = i18n.getFixedT("fr");
    expect(notificationMessage(t, notification({ kind: "event-promoted" }))).not.toContain("{{");
  });

  it("quotes the reviewer's comment of an item sent back, and nothing for an approval", () => {
    const t = i18n.getFixedT("en");
    expect(
      notificationDetail(
        t,
        notification({ kind: "item-sent-back", params: { comment: "Add a date" } }),
      ),
    ).toBe("Comment: Add a date");
    expect(notificationDetail(t, notification({ params: { comment: "Fine" } }))).toBeUndefined();
  });

  it("links only to a path of this site", () => {
    expect(notificationTarget(notification({ link: "/events/evt_1" }))).toBe("/events/evt_1");
    expect(notificationTarget(notification({ link: "https://elsewhere.example" }))).toBeUndefined();
    expect(notificationTarget(notification({ link: "//elsewhere.example" }))).toBeUndefined();
    expect(notificationTarget(notification({ link: "javascript:alert(1)" }))).toBeUndefined();
  });
});
