import {
  fingerprintOf,
  ITEM_KINDS,
  isId,
  itemFieldsSchema,
  itemSchema,
  OUTDATED_AFTER_DAYS,
  STAKEHOLDERS,
  translationFieldsSchema,
} from "@alliance/core";
import { describe, expect, it } from "vitest";
import { DEMO_CITIES } from "./demo-cities.ts";
import { DEMO_TRANSLATIONS } from "./demo-item-translations.ts";
import { DEMO_ITEMS, demoModerationEvents, demoStoredItem, ownerOf } from "./demo-items.ts";
import { DEMO_USERS } from "./demo-users.ts";

const ULID = /^[0-9A-HJKMNP-TV-Z]{26}$/;
const stored = DEMO_ITEMS.map(demoStoredItem);

describe("DEMO_ITEMS", () => {
  it("are a dozen or so, with valid, unique ids", () => {
    expect(DEMO_ITEMS.length).toBeGreaterThanOrEqual(12);
    for (const item of DEMO_ITEMS) expect(isId("xch", item.itemId), item.itemId).toBe(true);
    expect(new Set(DEMO_ITEMS.map((item) => item.itemId)).size).toBe(DEMO_ITEMS.length);
    for (const item of DEMO_ITEMS) {
      expect(isId("usr", ownerOf(item).userId), item.itemId).toBe(true);
      for (const event of demoModerationEvents(item)) expect(event.eventId).toMatch(ULID);
    }
  });

  it.each(DEMO_ITEMS.map((item) => [item.fields.title, item] as const))(
    "%s has fields core accepts, and reads back as an item",
    (_title, item) => {
      expect(itemFieldsSchema.parse(item.fields)).toEqual(item.fields);
      const view = {
        ...demoStoredItem(item),
        lastReviewedAt: item.dates.approved ?? null,
        publishedAt: item.dates.approved ?? null,
        outdated: false,
        moderation: null,
        revisionStatus: null,
        fromFormerMember: false,
        translatedFrom: null,
        translatedInto: [],
        originalChangedSinceTranslation: false,
        translations: [],
        revision: null,
        actions: {
          edit: false,
          addFiles: false,
          submit: false,
          withdrawRevision: false,
          translate: false,
          review: false,
          archive: false,
          bookmark: false,
        },
      };
      expect(() => itemSchema.parse(view)).not.toThrow();
    },
  );

  it("span every seeded city, kind and stakeholder, and several languages", () => {
    expect(new Set(DEMO_ITEMS.map((item) => item.cityId))).toEqual(
      new Set(DEMO_CITIES.map((city) => city.cityId)),
    );
    expect(new Set(DEMO_ITEMS.map((item) => item.fields.kind))).toEqual(new Set(ITEM_KINDS));
    expect(new Set(DEMO_ITEMS.flatMap((item) => item.fields.stakeholders))).toEqual(
      new Set(STAKEHOLDERS),
    );
    const languages = new Set(DEMO_ITEMS.flatMap((item) => item.fields.languages));
    for (const language of ["da", "nl", "fr", "it", "sv", "en"]) {
      expect(languages, language).toContain(language);
    }
  });

  it("show the workflow: mostly published, one submitted, one draft, some members-only, some outdated", () => {
    const count = (status: string) => DEMO_ITEMS.filter((item) => item.status === status).length;
    expect(count("submitted")).toBe(1);
    expect(count("draft")).toBe(1);
    expect(count("published")).toBe(DEMO_ITEMS.length - 2);
    const published = stored.filter((item) => item.status === "published");
    expect(published.filter((item) => item.visibility === "members").length).toBeGreaterThan(1);
    const twoYearsAgo = new Date(Date.now() - OUTDATED_AFTER_DAYS * 86_400_000).toISOString();
    const outdated = published.filter((item) => (item.lastReviewedAt ?? "") < twoYearsAgo);
    expect(outdated.length).toBeGreaterThanOrEqual(1);
    expect(outdated.length).toBeLessThanOrEqual(3);
  });

  it("give the demo contributors' cities items owned by them", () => {
    for (const user of DEMO_USERS.filter((demo) => demo.key.startsWith("contributor"))) {
      const own = stored.filter((item) => "cityId" in user && item.cityId === user.cityId);
      expect(own.length, user.key).toBeGreaterThan(0);
      for (const item of own) expect(item.ownerId).toBe(user.userId);
    }
  });

  it("carry a history consistent with their status and dates", () => {
    for (const item of DEMO_ITEMS) {
      const actions = demoModerationEvents(item).map((event) => event.action);
      const expected = {
        draft: [],
        submitted: ["submitted"],
        published: ["submitted", "approved"],
      }[item.status];
      expect(actions, item.itemId).toEqual(expected);
      const { created, updated, submitted, approved } = item.dates;
      const steps = [created, updated, submitted, approved].filter(Boolean);
      expect(steps, item.itemId).toEqual([...steps].sort());
      expect(Date.parse(steps.at(-1) ?? ""), item.itemId).toBeLessThan(Date.now());
      expect(item.fields.contact.email, item.itemId).toMatch(/\.example$/);
    }
  });

  it("translate published items into interface languages other than their own", () => {
    const translated = Object.entries(DEMO_TRANSLATIONS);
    expect(translated.length).toBeGreaterThanOrEqual(2);
    for (const [itemId, translations] of translated) {
      const item = stored.find((candidate) => candidate.itemId === itemId);
      expect(item?.status, itemId).toBe("published");
      const storedTranslations = (item && "translations" in item && item.translations) || {};
      for (const [language, { madeFromEarlierText, ...demo }] of Object.entries(translations)) {
        // Each names the original's text it was made from: the seeded one, or an earlier one.
        const current = item ? fingerprintOf(item) : "";
        expect(storedTranslations[language]?.madeFrom === current, `${itemId} ${language}`).toBe(
          !madeFromEarlierText,
        );
        expect(storedTranslations[language]).toMatchObject(demo);
      }
      for (const [language, text] of Object.entries(translations)) {
        expect(language, itemId).not.toBe(item?.languages[0]);
        const { title, summary, description } = text;
        expect(translationFieldsSchema.parse({ title, summary, description })).toBeTruthy();
        expect(text.updatedAt > (item?.publishedAt ?? ""), itemId).toBe(true);
      }
    }
    const earlier = translated.flatMap(([, translations]) =>
      Object.values(translations).filter((text) => text.madeFromEarlierText),
    );
    expect(earlier).toHaveLength(1);
  });
});
