import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  AUDIT_ACTION_OBJECTS,
  AUDIT_ACTIONS,
  AUDIT_OBJECTS,
  POSITIONS,
  ROLES,
  UI_LOCALES,
} from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import {
  baseKeys,
  catalogues,
  leaves,
  PLURAL,
  catalogueParts as parts,
} from "../testing/catalogues.ts";

const { en } = catalogues;

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

  it.each(UI_LOCALES)("%s has a file for every area of the catalogue", (locale) => {
    const areas = (suffix: string) =>
      readdirSync(import.meta.dirname)
        .filter((name) => name.endsWith(suffix))
        .map((name) => name.slice(0, -suffix.length))
        .sort();
    expect(areas(`${locale}.json`)).toEqual(areas("en.json"));
    expect(parts[locale].length).toBe(parts.en.length);
  });

  it.each(UI_LOCALES.filter((locale) => locale !== "en"))(
    "%s has exactly the keys of en",
    (locale) => {
      const reference = baseKeys(en);
      const other = baseKeys(catalogues[locale as keyof typeof catalogues] ?? {});
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
      [...leaves(catalogues[locale as keyof typeof catalogues] ?? {})]
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
    const keys = leaves(catalogues[locale as keyof typeof catalogues] ?? {});
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

  it("has a label for every position, role and language the UI shows", () => {
    const keys = baseKeys(en);
    const needed = [
      ...POSITIONS.map((position) => `positions.${position}`),
      ...ROLES.map((role) => `roles.${role}`),
      ...UI_LOCALES.map((locale) => `language.names.${locale}`),
      ...["saved", "unchanged", "reloaded", "offline"].map((notice) => `profile.notice.${notice}`),
      ...["displayName", "position", "cityId", "preferredLanguage"].map(
        (field) => `profile.errors.${field}Invalid`,
      ),
    ];
    expect(needed.filter((key) => !keys.has(key))).toEqual([]);
  });

  it.each(Object.entries(catalogues))(
    "%s: labels every action and object of the audit log",
    (_locale, catalogue) => {
      const keys = baseKeys(catalogue);
      const needed = [
        ...AUDIT_ACTIONS.map((action) => `audit.actions.${action}`),
        ...AUDIT_OBJECTS.map((object) => `audit.objects.${object}`),
      ];
      expect(needed.filter((key) => !keys.has(key))).toEqual([]);
      // Every action is about one of the objects the log knows.
      const objects: readonly string[] = AUDIT_OBJECTS;
      expect(Object.values(AUDIT_ACTION_OBJECTS).filter((o) => !objects.includes(o))).toEqual([]);
    },
  );

  it("has every key the source code names", () => {
    const keys = baseKeys(en);
    const used = [...literalKeysInSource()];
    expect(used.length).toBeGreaterThan(50);
    expect(used.filter((key) => !keys.has(key))).toEqual([]);
  });
});
