import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  EVIDENCE_LEVELS,
  FACET_NAMES,
  ITEM_KINDS,
  ITEM_STATUSES,
  MODERATION_ACTIONS,
  POSITIONS,
  REVIEW_DECISIONS,
  REVISION_STATUSES,
  ROLES,
  STAKEHOLDERS,
  TARGET_GROUPS,
  THEMES,
  UI_LOCALES,
  VISIBILITIES,
} from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { FLASH_KEYS } from "../app/flash-message.tsx";
import { fieldId, READINESS_FIELDS } from "../features/exchange/item-form-values.ts";
import accountEn from "./account.en.json" with { type: "json" };
import accountFr from "./account.fr.json" with { type: "json" };
import authoringEn from "./authoring.en.json" with { type: "json" };
import authoringFr from "./authoring.fr.json" with { type: "json" };
import coursesEn from "./courses.en.json" with { type: "json" };
import coursesFr from "./courses.fr.json" with { type: "json" };
import enMain from "./en.json" with { type: "json" };
import frMain from "./fr.json" with { type: "json" };
import learningEn from "./learning.en.json" with { type: "json" };
import learningFr from "./learning.fr.json" with { type: "json" };
import statisticsEn from "./statistics.en.json" with { type: "json" };
import statisticsFr from "./statistics.fr.json" with { type: "json" };

const parts = {
  en: [enMain, coursesEn, authoringEn, learningEn, statisticsEn, accountEn],
  fr: [frMain, coursesFr, authoringFr, learningFr, statisticsFr, accountFr],
};
const en: object = Object.assign({}, ...parts.en);
const fr: object = Object.assign({}, ...parts.fr);
const catalogues: Record<string, object> = { en, fr };
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a catalogue as a dotted key. */
function leaves(tree: object, prefix = ""): Map<string, unknown> {
  const keys = new Map<string, unknown>();
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (value && typeof value === "object") {
      for (const [leaf, text] of leaves(value, key)) keys.set(leaf, text);
    } else keys.set(key, value);
  }
  return keys;
}

/** Keys without plural suffixes: what code asks for. */
function baseKeys(tree: object): Set<string> {
  return new Set([...leaves(tree).keys()].map((key) => key.replace(PLURAL, "")));
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Dotted string literals in the app's source that start with a catalogue namespace. */
function literalKeysInSource(): Set<string> {
  const namespaces = new Set(Object.keys(en));
  const found = new Set<string>();
  for (const file of sourceFiles(join(import.meta.dirname, ".."))) {
    for (const [, key] of readFileSync(file, "utf8").matchAll(
      /["'`]([a-zA-Z]+(?:\.[\w-]+)+)["'`]/g,
    )) {
      if (key && namespaces.has(key.split(".")[0] ?? "")) found.add(key);
    }
  }
  return found;
}

describe("translation catalogues", () => {
  it.each(Object.entries(parts))("%s: no two parts share a top-level key", (_locale, list) => {
    const names = list.flatMap((part) => Object.keys(part));
    expect(names.length).toBe(new Set(names).size);
  });

  it("exist for every interface language", () => {
    expect(Object.keys(catalogues).sort()).toEqual([...UI_LOCALES].sort());
  });

  it.each(UI_LOCALES.filter((locale) => locale !== "en"))(
    "%s has exactly the keys of en",
    (locale) => {
      const reference = baseKeys(en);
      const other = baseKeys(catalogues[locale] ?? {});
      expect(
        [...reference].filter((key) => !other.has(key)),
        "missing",
      ).toEqual([]);
      expect(
        [...other].filter((key) => !reference.has(key)),
        "extra",
      ).toEqual([]);
    },
  );

  it("follows each language's punctuation: French spaces before : ; ! ? and inside « », English none", () => {
    const wrong = (locale: string, rule: RegExp) =>
      [...leaves(catalogues[locale] ?? {})]
        .filter(([, text]) => typeof text === "string" && rule.test(text))
        .map(([key, text]) => `${key}: ${String(text)}`);
    // French: a narrow no-break space (U+202F), never a plain or missing one, which would
    // break the line before the sign or glue it to the word; a no-break space before %.
    const fix = "node scripts/fix-typography.mjs puts these right";
    expect(
      wrong("fr", /[ \u00a0][:;!?»]|«[ \u00a0]|[^\s\u202f/][;!?»](\s|$)|[^\s\u202f/]:(\s|$)/),
      fix,
    ).toEqual([]);
    expect(wrong("fr", /\S[ \u202f]%|\d%/), fix).toEqual([]);
    // English: nothing between a word and its colon, semicolon or percent sign.
    expect(wrong("en", /[\s\u00a0\u202f][:;%!?]/), fix).toEqual([]);
  });

  it.each(UI_LOCALES)("%s has no empty text and every plural form the language needs", (locale) => {
    const keys = leaves(catalogues[locale] ?? {});
    for (const [key, text] of keys)
      expect(text, key).toSatisfy((t) => typeof t === "string" && t.trim() !== "");
    const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
    const plurals = new Set(
      [...keys.keys()].filter((key) => PLURAL.test(key)).map((key) => key.replace(PLURAL, "")),
    );
    for (const base of plurals) {
      for (const category of categories)
        expect(keys.has(`${base}_${category}`), `${base}_${category}`).toBe(true);
    }
  });

  it("has a label for every position, role, language and flash message the UI shows", () => {
    const keys = baseKeys(en);
    const needed = [
      ...POSITIONS.map((position) => `positions.${position}`),
      ...ROLES.map((role) => `roles.${role}`),
      ...UI_LOCALES.map((locale) => `language.names.${locale}`),
      ...FLASH_KEYS.map((flash) => `flash.${flash}`),
      ...["saved", "unchanged", "reloaded", "offline"].map((notice) => `profile.notice.${notice}`),
      ...["displayName", "position", "cityId", "preferredLanguage"].map(
        (field) => `profile.errors.${field}Invalid`,
      ),
    ];
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });

  it("has a label for every value of the exchange's taxonomies and every status", () => {
    const keys = baseKeys(en);
    const needed = [
      ...ITEM_KINDS.map((kind) => `exchange.kinds.${kind}`),
      ...THEMES.map((theme) => `exchange.themes.${theme}`),
      ...TARGET_GROUPS.map((group) => `exchange.targetGroups.${group}`),
      ...STAKEHOLDERS.map((stakeholder) => `exchange.stakeholders.${stakeholder}`),
      ...EVIDENCE_LEVELS.map((level) => `exchange.evidence.${level}`),
      ...VISIBILITIES.map((visibility) => `exchange.visibilities.${visibility}`),
      ...ITEM_STATUSES.map((status) => `exchange.statuses.${status}`),
      ...ITEM_STATUSES.map((status) => `exchange.manage.statusHelp.${status}`),
      ...MODERATION_ACTIONS.map((action) => `exchange.manage.events.${action}`),
      ...REVISION_STATUSES.map((status) => `exchange.revision.status.${status}`),
      ...REVISION_STATUSES.map((status) => `exchange.revision.badges.${status}`),
      ...REVIEW_DECISIONS.map((decision) => `exchange.review.decisions.${decision}`),
      ...FACET_NAMES.map((name) => `exchange.filters.${name}`),
      ...READINESS_FIELDS.map((field) => `exchange.errors.ready.${fieldId(field)}`),
      ...READINESS_FIELDS.map((field) => `exchange.fields.${fieldId(field)}`),
    ];
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });

  it("has every key the source code names", () => {
    const keys = baseKeys(en);
    const used = [...literalKeysInSource()];
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !keys.has(key))).toEqual([]);
  });
});
