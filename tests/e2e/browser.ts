import { DEMO_USERS, type DemoUserKey } from "@alliance/dev";
import { AxeBuilder } from "@axe-core/playwright";
import {
  type Browser,
  type BrowserContext,
  chromium,
  type Locator,
  type Page,
} from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";

/**
 * Debian's Chromium with the flags that work on a headless CI machine run as root: no
 * sandbox, no GPU, no background traffic (README, "Pinned versions").
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      "--disable-quic",
    ],
  });
}

/**
 * One Chromium for all the tests of a file, launched before them and closed after
 * them: starting it takes seconds. Call the returned function inside a test.
 */
export function chromiumForFile(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("Chromium is not running: call this inside a test");
    return browser;
  };
}

/**
 * A fresh browser profile (empty storage: nobody signed in, no language chosen) with
 * an English-speaking browser, and one page in it. axe needs pages made this way.
 */
export async function openPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    locale: "en-GB",
    viewport: { width: 1024, height: 800 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  return { context, page };
}

const WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Runs axe with the WCAG 2.1 A and AA rules; prints every violation before failing. */
export async function expectAccessible(page: Page, label: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  if (results.violations.length > 0) {
    const report = results.violations
      .map((violation) => {
        const targets = violation.nodes.map(
          (node) => `    - ${node.target.join(" ")}: ${node.failureSummary ?? ""}`,
        );
        return `  [${violation.impact}] ${violation.id}: ${violation.help}\n${targets.join("\n")}`;
      })
      .join("\n");
    console.error(`axe found ${results.violations.length} violation(s) on ${label}:\n${report}`);
  }
  expect(
    results.violations.map((violation) => violation.id),
    `axe violations on ${label}`,
  ).toEqual([]);
}

/**
 * Waits until the page's single h1 has this text (pages render through <Page>) and the
 * app runs: a public page comes rendered from the server, before its controls work.
 */
export async function expectHeading(page: Page, name: string | RegExp): Promise<Locator> {
  const heading = page.getByRole("heading", { level: 1, name });
  await heading.waitFor();
  await page.locator("html[data-ready]").waitFor({ state: "attached" });
  return heading;
}

/** Describes the focused element: tag, id, text and aria-label, for keyboard assertions. */
export function focused(
  page: Page,
): Promise<{ tag: string; id: string; text: string; label: string }> {
  return page.evaluate(() => {
    const element = document.activeElement;
    return {
      tag: element?.tagName.toLowerCase() ?? "",
      id: element?.id ?? "",
      text: (element?.textContent ?? "").trim(),
      label: element?.getAttribute("aria-label") ?? "",
    };
  });
}

/** A seeded demo sign-in (packages/dev), by its stable key. */
export function demoUser(key: DemoUserKey) {
  const user = DEMO_USERS.find((candidate) => candidate.key === key);
  if (!user) throw new Error(`No demo user ${key}`);
  return user;
}

/** Fills and submits the English sign-in form. */
export async function signIn(page: Page, user: { username: string; password: string }) {
  await page.getByLabel("Username").fill(user.username);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** The header's language menu, labelled "Language" in whichever language is showing. */
export function languageMenu(page: Page): Locator {
  return page.getByRole("combobox", { name: /^(Language|Langue|Sprache|Taal|Sprog|Språk)$/ });
}

/** Chooses the interface language by its own name ("Français", "Deutsch", …). */
export async function chooseLanguage(page: Page, name: string): Promise<void> {
  await languageMenu(page).selectOption({ label: name });
}
