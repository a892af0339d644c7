import { describe, expect, it } from "vitest";
import { NOTIFICATION_KINDS } from "../schemas.ts";
import { EMAIL_LANGUAGES, renderEmail } from "./templates.ts";

const links = {
  open: "https://alliance.example/events/evt_1",
  unsubscribe: "https://alliance.example/api/unsubscribe/tok",
  settings: "https://alliance.example/profile",
};
const params = {
  title: "Online hate speech",
  city: "Tampere",
  author: "Ada",
  decision: "approved",
  search: "Youth work in Denmark",
};

describe("notification e-mails", () => {
  it("exist for every kind in English and French, with the values and both links filled in", () => {
    expect(EMAIL_LANGUAGES).toEqual(expect.arrayContaining(["en", "fr"]));
    for (const locale of EMAIL_LANGUAGES) {
      for (const kind of NOTIFICATION_KINDS) {
        const { subject, text } = renderEmail(locale, kind, params, links);
        expect(subject, `${locale} ${kind}`).not.toMatch(/undefined|\$\{/);
        expect(text).not.toMatch(/undefined|\$\{/);
        expect(text).toContain(links.open);
        expect(text).toContain(links.unsubscribe);
      }
    }
  });

  it("are in the person's language, and in English where none is written yet", () => {
    expect(renderEmail("fr", "event-cancelled", params, links).subject).toBe(
      "Annulé : Online hate speech",
    );
    expect(renderEmail("en", "event-cancelled", params, links).subject).toBe(
      "Cancelled: Online hate speech",
    );
    expect(renderEmail("da", "event-cancelled", params, links).subject).toBe(
      "Cancelled: Online hate speech",
    );
  });
});
