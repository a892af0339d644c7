import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { UI_LOCALES, type UiLocale } from "@alliance/core";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  chooseLanguage,
  chromiumForFile,
  expectAccessible,
  expectHeading,
  languageMenu,
} from "./browser.ts";

/**
 * Every interface language, chosen from the header's menu on one page rich in labels
 * (the exchange: its filters carry every taxonomy): the page shows no catalogue key and
 * no English text where the language has its own, is axe-clean and does not scroll
 * sideways at 320 px, with German's long words too.
 */
const webUrl = inject("webUrl");
const browser = chromiumForFile();

const I18N = join(import.meta.dirname, "../../web/src/i18n");

/** Every leaf of a catalogue as a dotted key, with its text. */
function leaves(tree: object, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([name, value]) => {
    const key = prefix ? `${prefix}.${name}` : name;
    return value && typeof value === "object" ? leaves(value, key) : [[key, String(value)]];
  });
}

/** A language's whole catalogue, from its files (`<locale>.json`, `<area>.<locale>.json`). */
function catalogue(locale: UiLocale): Map<string, string> {
  const files = readdirSync(I18N).filter(
    (name) => name === `${locale}.json` || name.endsWith(`.${locale}.json`),
  );
  return new Map(
    files.flatMap((name) => leaves(JSON.parse(readFileSync(join(I18N, name), "utf8")))),
  );
}

const english = catalogue("en");

/** Every text a person can perceive: text nodes and the names, hints and titles of elements. */
function perceivable(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (text) texts.push(text);
    }
    for (const element of document.querySelectorAll(
      "[aria-label], [title], [placeholder], [alt]",
    )) {
      for (const name of ["aria-label", "title", "placeholder", "alt"]) {
        const value = element.getAttribute(name)?.trim();
        if (value) texts.push(value);
      }
    }
    texts.push(document.title);
    return texts;
  });
}

/** The autonym each language is listed under in the menu. */
const autonym = (locale: UiLocale) => english.get(`language.names.${locale}`) ?? locale;

describe("the interface languages", () => {
  it("shows the exchange in each language with no key and no English left, axe-clean at 320 px", async () => {
    const context = await browser().newContext({
      locale: "en-GB",
      viewport: { width: 320, height: 640 },
    });
    context.setDefaultTimeout(20_000);
    const page = await context.newPage();
    await page.goto(`${webUrl}/exchange`);
    await expectHeading(page, "The exchange");
    // The menu lists every language, each in its own name and marked with its language.
    const options = languageMenu(page).locator("option");
    expect(await options.allTextContents()).toEqual(
      [...UI_LOCALES].sort().map((locale) => autonym(locale)),
    );
    for (const locale of UI_LOCALES) {
      expect(await languageMenu(page).locator(`option[lang="${locale}"]`).count(), locale).toBe(1);
    }
    // At 320 px the filters fold away: open them, so that their labels are checked too.
    await page.getByRole("button", { name: "Filters" }).click();

    for (const locale of UI_LOCALES) {
      const own = catalogue(locale);
      await chooseLanguage(page, autonym(locale));
      await expect.poll(() => page.locator("html").getAttribute("lang")).toBe(locale);
      await expectHeading(page, own.get("exchange.list.title") ?? "");
      // The filters are open and counted: every taxonomy is on the page, in this language.
      const initiative = own.get("exchange.kinds.initiative") ?? "";
      await page.getByRole("checkbox", { name: new RegExp(`^${initiative} \\(`) }).waitFor();

      const texts = await perceivable(page);
      const keys = texts.filter(
        (text) => english.has(text) || english.has(text.replace(/_\w+$/, "")),
      );
      expect(keys, `catalogue keys shown in ${locale}`).toEqual([]);
      if (locale !== "en") {
        // English text that this language translates differently (and never uses as is).
        const its = new Set(own.values());
        const untranslated = new Set(
          [...english]
            .filter(([key, text]) => !text.includes("{{") && own.get(key) !== text)
            .map(([, text]) => text)
            .filter((text) => !its.has(text)),
        );
        expect(
          texts.filter((text) => untranslated.has(text)),
          `English text shown in ${locale}`,
        ).toEqual([]);
      }
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `page width in ${locale}`).toBeLessThanOrEqual(320);
      await expectAccessible(page, "the exchange at 320 px, in each interface language");
    }
    await context.close();
  });
});
