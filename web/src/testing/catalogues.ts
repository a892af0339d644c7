import { UI_LOCALES, type UiLocale } from "@alliance/core/web";
import type en from "../i18n/en.json";
import { catalogueFiles } from "../i18n/index.ts";

type Catalogue = typeof en;

const files = import.meta.glob<object>("../i18n/*.json", { eager: true, import: "default" });

/** Each interface language's catalogue in its parts, as `i18n/index.ts` loads them. */
export const catalogueParts = Object.fromEntries(
  UI_LOCALES.map((locale) => [locale, catalogueFiles(files, locale)]),
) as Record<UiLocale, object[]>;

/** Each language's whole catalogue, as the browser merges its parts. */
export const catalogues = Object.fromEntries(
  UI_LOCALES.map((locale) => [locale, Object.assign({}, ...catalogueParts[locale])]),
) as Record<UiLocale, Catalogue>;

/** Plural suffixes of keys (`_one`, `_other`, …). */
export const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Every leaf of a catalogue as a dotted key. */
export function leaves(tree: object, prefix = ""): Map<string, unknown> {
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
export function baseKeys(tree: object): Set<string> {
  return new Set([...leaves(tree).keys()].map((key) => key.replace(PLURAL, "")));
}
