// Puts each interface language's punctuation right in web/src/i18n/*.json (what
// web/src/i18n/catalog.test.ts checks): in French a narrow no-break space (U+202F)
// before : ; ! ? and inside « », a no-break space before %; in English no space
// before : ; or %. Run it after adding or merging strings: node scripts/fix-typography.mjs
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dirname, "..", "web", "src", "i18n");
const rules = {
  fr: (text) =>
    text
      .replace(/[ \u00a0]([:;!?])/g, "\u202f$1")
      .replace(/«[ \u00a0]/g, "«\u202f")
      .replace(/[ \u00a0]»/g, "\u202f»")
      .replace(/(\S) %/g, "$1\u00a0%"),
  en: (text) => text.replace(/[ \u00a0\u202f]+([:;%])/g, "$1"),
};

const fix = (value, rule) =>
  typeof value === "string"
    ? rule(value)
    : Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, fix(inner, rule)]));

for (const file of readdirSync(dir).filter((name) => name.endsWith(".json"))) {
  const rule = rules[/(^|\.)fr\.json$/.test(file) ? "fr" : "en"];
  const path = join(dir, file);
  const before = readFileSync(path, "utf8");
  const after = `${JSON.stringify(fix(JSON.parse(before), rule), null, 2)}\n`;
  if (after !== before) writeFileSync(path, after);
}
