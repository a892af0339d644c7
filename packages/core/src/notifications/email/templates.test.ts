import { describe, expect, it } from "vitest";
import { UI_LOCALES } from "../../taxonomy/locales.ts";
import { NOTIFICATION_KINDS } from "../schemas.ts";
import { EMAIL_LANGUAGES, renderDigest, renderEmail } from "./templates.ts";

const links = {
  open: "https://alliance.example/events/evt_1",
  unsubscribe: "https://alliance.example/unsubscribe/tok",
  settings: "https://alliance.example/profile",
};
/** Every value any kind is written with. */
const params = {
  title: "Online hate speech",
  city: "Tampere",
  author: "Ada",
  decision: "approved",
  comment: "Please add a source.",
  reason: "The trainer is ill.",
  search: "Schools in Denmark",
};
const missing = /undefined|null|NaN|\$\{|\[object/;

describe("notification e-mails", () => {
  it("are written in every interface language", () => {
    expect([...EMAIL_LANGUAGES].sort()).toEqual([...UI_LOCALES].sort());
  });

  it("exist for every kind in every language, with the values and all three links filled in", () => {
    for (const locale of UI_LOCALES) {
      for (const kind of NOTIFICATION_KINDS) {
        const { subject, text } = renderEmail(locale, kind, params, links);
        const where = `${locale} ${kind}`;
        expect(subject.trim(), where).not.toBe("");
        expect(subject, where).not.toMatch(missing);
        expect(text, where).not.toMatch(missing);
        for (const link of Object.values(links)) expect(text, where).toContain(link);
      }
    }
  });

  it("give each language its own words, not English", () => {
    for (const locale of UI_LOCALES.filter((locale) => locale !== "en")) {
      for (const kind of NOTIFICATION_KINDS) {
        const english = renderEmail("en", kind, params, links);
        const own = renderEmail(locale, kind, params, links);
        expect(own.subject, `${locale} ${kind}`).not.toBe(english.subject);
        expect(own.text, `${locale} ${kind}`).not.toBe(english.text);
      }
    }
  });

  it("say each decision on an application differently", () => {
    for (const locale of UI_LOCALES) {
      const texts = ["approved", "declined", "information-requested"].map(
        (decision) =>
          renderEmail(locale, "application-decided", { ...params, decision }, links).text,
      );
      expect(new Set(texts).size, locale).toBe(3);
    }
  });

  it("are in the person's language", () => {
    const cancelled = (locale: (typeof UI_LOCALES)[number]) =>
      renderEmail(locale, "event-cancelled", params, links).subject;
    expect(cancelled("en")).toBe("Cancelled: Online hate speech");
    expect(cancelled("fr")).toBe("Annulé : Online hate speech");
    expect(cancelled("de")).toBe("Abgesagt: Online hate speech");
    expect(cancelled("nl")).toBe("Geannuleerd: Online hate speech");
    expect(cancelled("da")).toBe("Aflyst: Online hate speech");
    expect(cancelled("sv")).toBe("Inställt: Online hate speech");
  });

  it("name someone who left no name as a member", () => {
    const { subject } = renderEmail("en", "request-message", { author: "" }, links);
    expect(subject).toBe("New message from a member");
  });
});

describe("the daily digest", () => {
  it("groups every kind in every language, each group with its own unsubscribe link", () => {
    const entries = NOTIFICATION_KINDS.map((kind, index) => ({
      kind,
      params,
      open: `https://alliance.example/open/${index}`,
    }));
    const unsubscribe = Object.fromEntries(
      NOTIFICATION_KINDS.map((kind) => [kind, `https://alliance.example/unsubscribe/${kind}`]),
    );
    for (const locale of UI_LOCALES) {
      const { subject, text } = renderDigest(locale, entries, {
        unsubscribe,
        settings: links.settings,
      });
      expect(subject, locale).toContain(String(NOTIFICATION_KINDS.length));
      expect(text, locale).not.toMatch(missing);
      for (const entry of entries) expect(text, locale).toContain(entry.open);
      for (const url of Object.values(unsubscribe)) expect(text, locale).toContain(url);
      expect(text, locale).toContain(links.settings);
    }
  });

  it("counts one notification in the singular", () => {
    const digest = renderDigest("en", [{ kind: "event-promoted", params, open: links.open }], {
      unsubscribe: {},
      settings: links.settings,
    });
    expect(digest.subject).toBe("Your daily summary: 1 notification");
    expect(digest.text).toContain('A place became free at "Online hate speech"');
  });
});
