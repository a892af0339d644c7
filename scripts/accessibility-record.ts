import { readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";

/**
 * The accessibility statement's list of what the browser tests check (decision 0047):
 * read from the e2e suite's own source, so that the statement names exactly the pages
 * and journeys the suite opens and runs axe on. `pnpm accessibility-record` writes it;
 * tests/docs/accessibility-record.test.ts fails when the committed file differs.
 */
export interface AccessibilityRecord {
  /** The axe-core version the checks ran with. */
  axeCore: string;
  /** axe's rule tags: WCAG 2.1 levels A and AA. */
  rules: string[];
  /** Every page the suite opens with each kind of user, at 320 px and 1280 px (tests/e2e/pages.ts). */
  pages: { path: string; as: string }[];
  /** Per test file, its first describe's title and the label of each axe check in it. */
  journeys: { file: string; title: string; checks: string[] }[];
}

const ROOT = join(import.meta.dirname, "..");
const E2E = join(ROOT, "tests/e2e");
export const RECORD_FILE = join(ROOT, "web/src/features/legal/accessibility-record.json");

const STRING = String.raw`"((?:[^"\\]|\\.)*)"`;

function axeVersion(): string {
  // axe-core is a dependency of @axe-core/playwright, beside it in pnpm's store.
  const playwright = realpathSync(join(ROOT, "node_modules/@axe-core/playwright"));
  const file = join(dirname(dirname(playwright)), "axe-core/package.json");
  return (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version;
}

function rules(): string[] {
  const source = readFileSync(join(E2E, "browser.ts"), "utf8");
  const list = /const WCAG_21_AA = \[([^\]]*)\]/.exec(source)?.[1];
  if (!list) throw new Error("tests/e2e/browser.ts no longer names its WCAG_21_AA rule tags");
  return [...list.matchAll(new RegExp(STRING, "g"))].map((match) => match[1] ?? "");
}

function pages(): AccessibilityRecord["pages"] {
  const source = readFileSync(join(E2E, "pages.ts"), "utf8");
  const row = /path:\s*(?:"([^"]*)"|`([^`]*)`),\s*as:\s*"(\w+)"/g;
  return [...source.matchAll(row)].map((match) => ({
    path: (match[1] ?? match[2] ?? "").replace(/\$\{[^}]*\}/g, "…"),
    as: match[3] ?? "",
  }));
}

function journeys(): AccessibilityRecord["journeys"] {
  const files = readdirSync(E2E)
    .filter((file) => file.endsWith(".test.ts"))
    .sort();
  return files.flatMap((file) => {
    const source = readFileSync(join(E2E, file), "utf8");
    const axeCall = new RegExp(String.raw`expectAccessible\(\s*[\w.]+,\s*(${STRING}|[^)]*)\)`, "g");
    const calls = [...source.matchAll(axeCall)];
    if (calls.length === 0) return [];
    const checks = calls.map((call) => {
      const literal = new RegExp(`^${STRING}$`).exec((call[1] ?? "").trim());
      // A computed label would make the statement guess: the suite names each check.
      if (!literal) throw new Error(`${file}: an axe check's label is not a string literal`);
      return literal[1] ?? "";
    });
    const title = new RegExp(`describe\\(\\s*${STRING}`).exec(source)?.[1] ?? file;
    return [{ file, title, checks }];
  });
}

export function buildAccessibilityRecord(): AccessibilityRecord {
  return { axeCore: axeVersion(), rules: rules(), pages: pages(), journeys: journeys() };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  writeFileSync(RECORD_FILE, `${JSON.stringify(buildAccessibilityRecord(), null, 2)}\n`);
  console.warn(`wrote ${RECORD_FILE}`);
}
