import type { Browser, Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import record from "../../web/src/features/legal/accessibility-record.json" with { type: "json" };
import { SITE_COOKIES } from "../../web/src/features/legal/site-cookies.ts";
import {
  chooseLanguage,
  chromiumForFile,
  demoUser,
  expectAccessible,
  expectHeading,
  focused,
  openPage,
  signIn,
} from "./browser.ts";

/**
 * The pages a public-sector site must carry: server-rendered with their head, hydrated,
 * axe-clean, reflowing at 320 px, in English and French, linked from every page's footer;
 * and the cookies statement's list is exactly what the site sets.
 */
const webUrl = inject("webUrl");
const browser = chromiumForFile();

const LEGAL = [
  { path: "/privacy", en: "Privacy notice", fr: "Protection des données" },
  { path: "/accessibility", en: "Accessibility statement", fr: "Déclaration d’accessibilité" },
  { path: "/terms", en: "Terms of use", fr: "Conditions d’utilisation" },
  { path: "/cookies", en: "Cookies", fr: "Cookies" },
] as const;

const headValue = (page: Page, selector: string, attribute = "content") =>
  page.locator(`head ${selector}`).first().getAttribute(attribute);

/** A browser at 320 px in a language, for the rows below. */
async function narrow(locale: "en-GB" | "fr-FR") {
  const context = await (browser() as Browser).newContext({
    locale,
    viewport: { width: 320, height: 640 },
  });
  context.setDefaultTimeout(15_000);
  return { context, page: await context.newPage() };
}

/** Opens a legal page, waits for it to run and checks that it does not scroll sideways. */
async function visit(page: Page, path: string, heading: string) {
  await page.goto(`${webUrl}${path}`);
  await expectHeading(page, heading);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width of ${path}`).toBeLessThanOrEqual(320);
}

describe("the legal pages", () => {
  it("come rendered from the server with their title, description and canonical address", async () => {
    for (const locale of ["en-GB", "fr-FR"] as const) {
      const context = await browser().newContext({ javaScriptEnabled: false, locale });
      const page = await context.newPage();
      for (const row of LEGAL) {
        const heading = locale === "en-GB" ? row.en : row.fr;
        const answer = await page.goto(`${webUrl}${row.path}`);
        expect(answer?.status(), row.path).toBe(200);
        await page.getByRole("heading", { level: 1, name: heading }).waitFor();
        expect(await page.title()).toMatch(new RegExp(`^${heading} – `));
        expect((await headValue(page, 'meta[name="description"]'))?.length).toBeGreaterThan(40);
        expect(await headValue(page, 'link[rel="canonical"]', "href")).toMatch(
          new RegExp(`${row.path}$`),
        );
        // The text itself is in the HTML, not only the frame.
        expect(await page.locator("main h2").count(), row.path).toBeGreaterThan(1);
      }
      await context.close();
    }
  });

  it("are axe-clean and reflow at 320 px, in English", async () => {
    const { context, page } = await narrow("en-GB");
    await visit(page, "/privacy", "Privacy notice");
    // The deployment's controller and contact (packages/dev's local settings), not a constant.
    await page.getByRole("link", { name: "privacy@alliance.example" }).first().waitFor();
    await page.getByText("the secretariat of the Alliance (local demo)").first().waitFor();
    await expectAccessible(page, "privacy notice (en)");
    await visit(page, "/accessibility", "Accessibility statement");
    await page.getByText(`${record.pages.length} pages are opened`).waitFor();
    await expectAccessible(page, "accessibility statement (en)");
    await visit(page, "/terms", "Terms of use");
    await expectAccessible(page, "terms of use (en)");
    await visit(page, "/cookies", "Cookies");
    await expectAccessible(page, "cookies statement (en)");
    await context.close();
  });

  it("are axe-clean and reflow at 320 px, in French", async () => {
    const { context, page } = await narrow("fr-FR");
    await visit(page, "/privacy", "Protection des données");
    await page.getByRole("heading", { name: "Vos droits" }).waitFor();
    await expectAccessible(page, "privacy notice (fr)");
    await visit(page, "/accessibility", "Déclaration d’accessibilité");
    await page.getByRole("heading", { name: "Voies de recours" }).waitFor();
    await expectAccessible(page, "accessibility statement (fr)");
    await visit(page, "/terms", "Conditions d’utilisation");
    await expectAccessible(page, "terms of use (fr)");
    await visit(page, "/cookies", "Cookies");
    await page.getByText("aucun cookie de traçage").waitFor();
    await expectAccessible(page, "cookies statement (fr)");
    await context.close();
  });

  it("are linked from the footer and reached with the keyboard alone", async () => {
    const { context, page } = await openPage(browser());
    await page.goto(`${webUrl}/courses`);
    await expectHeading(page, "Courses");
    const footer = page.getByRole("navigation", { name: "About this site" });
    for (const row of LEGAL) {
      expect(await footer.getByRole("link", { name: row.en }).count(), row.path).toBe(
        row.path === "/accessibility" ? 0 : 1,
      );
    }
    await footer.getByRole("link", { name: "Accessibility: partially compliant" }).waitFor();
    // Tab from the top of the page until the footer's first link has focus.
    const seen: string[] = [];
    for (let presses = 0; presses < 120 && !seen.includes("Cookies"); presses += 1) {
      await page.keyboard.press("Tab");
      const now = await focused(page);
      if (now.tag === "a") seen.push(now.text);
    }
    const links = seen.slice(seen.indexOf("Privacy notice"));
    expect(links).toEqual([
      "Privacy notice",
      "Accessibility: partially compliant",
      "Terms of use",
      "Cookies",
    ]);
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Enter");
    await expectHeading(page, "Terms of use");
    expect(new URL(page.url()).pathname).toBe("/terms");
    await context.close();
  });
});

describe("the cookies statement", () => {
  const declared = SITE_COOKIES.map((cookie) => cookie.name).sort();

  it("lists every cookie the site sets, signed out and signed in, and no other", async () => {
    const { context, page } = await openPage(browser());
    const names = async () => (await context.cookies()).map((cookie) => cookie.name).sort();

    // A visitor who chooses nothing gets no cookie at all.
    for (const path of ["/", "/exchange", "/courses", "/cities", "/privacy", "/sign-in"]) {
      await page.goto(`${webUrl}${path}`);
      await page.locator("html[data-ready]").waitFor({ state: "attached" });
    }
    expect(await names()).toEqual([]);

    // Choosing a language sets the one declared cookie, for the declared time.
    await page.goto(`${webUrl}/cookies`);
    await expectHeading(page, "Cookies");
    await chooseLanguage(page, "Français");
    await page.getByRole("link", { name: "Protection des données" }).waitFor();
    await chooseLanguage(page, "English");
    await page.getByRole("link", { name: "Privacy notice" }).waitFor();
    expect(await names()).toEqual(declared);
    for (const cookie of await context.cookies()) {
      const listed = SITE_COOKIES.find((each) => each.name === cookie.name);
      const days = (cookie.expires - Date.now() / 1000) / 86_400;
      expect(Math.round(days), cookie.name).toBe(listed?.lifetimeDays);
      await page
        .getByRole("row", { name: new RegExp(`^${cookie.name} `) })
        .getByText(`${listed?.lifetimeDays} days`)
        .waitFor();
    }

    // Signing in and using the signed-in pages adds none.
    await page.goto(`${webUrl}/sign-in`);
    await signIn(page, demoUser("representative"));
    await page.getByRole("status").filter({ hasText: "You are signed in." }).waitFor();
    for (const [path, heading] of [
      ["/profile", "My profile"],
      ["/learning", "My learning"],
      ["/saved", "Saved items"],
      ["/privacy", "Privacy notice"],
    ] as const) {
      await page.goto(`${webUrl}${path}`);
      await expectHeading(page, heading);
    }
    expect(await names()).toEqual(declared);
    // The footer is on the signed-in pages too.
    await page
      .getByRole("navigation", { name: "About this site" })
      .getByRole("link", { name: "Cookies" })
      .waitFor();
    await context.close();
  });
});
