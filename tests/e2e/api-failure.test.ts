import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumForFile, expectHeading, openPage } from "./browser.ts";
import { type Who, workspaceLinks } from "./menu.ts";
import { enrolLearner, PAGES, signInAs } from "./pages.ts";

const webUrl = inject("webUrl");
const browser = chromiumForFile();

/** Every request to the API answers 503 (the app's own modules, under /src/api/, still load). */
async function failApi(page: Page) {
  await page.route(
    (url) => url.pathname.startsWith("/api/"),
    (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "Service Unavailable",
          status: 503,
          detail: "The service is unavailable.",
          code: "unavailable",
          instance: "",
        }),
      }),
  );
}

/**
 * Opens `path` with every API request failing, in the browser. A public page comes
 * rendered from the server with the data the server read (decision 0031), so it is
 * reached from the home page by a navigation in the app, which then reads the API
 * itself; the app's shell (sign-in and signed-in pages) is loaded directly.
 */
async function openFailing(page: Page, path: string) {
  const html = await (await fetch(`${webUrl}${path}`)).text();
  if (!html.includes('id="alliance-ssr"')) {
    await failApi(page);
    await page.goto(`${webUrl}${path}`);
    return;
  }
  await page.goto(`${webUrl}/`);
  await expectHeading(page, "Welcome");
  await failApi(page);
  await page.evaluate((to) => {
    window.history.pushState({}, "", to);
    window.dispatchEvent(new PopStateEvent("popstate"));
  }, path);
}

/** The menu still offers the role's pages (from the session, not from the failing API). */
async function expectMenu(page: Page, who: Who) {
  const nav = page.getByRole("navigation", { name: "Main" });
  const links = workspaceLinks[who];
  if (links.length > 1) await nav.getByRole("button", { name: "Your work" }).click();
  for (const name of links) await nav.getByRole("link", { name }).waitFor();
  if (links.length > 1) await page.keyboard.press("Escape");
  if (who !== "visitor") await nav.getByRole("link", { name: "My profile" }).waitFor();
}

/**
 * "A few seconds": queries retry twice within 1.5 s and requests time out after 10 s;
 * a page that still spins after this long would spin forever.
 */
const FEW_SECONDS = 10_000;

const sessions = new Map<Who, { context: BrowserContext; page: Page }>();

/** One signed-in browser per role, reused by its rows. */
async function session(who: Who) {
  const existing = sessions.get(who);
  if (existing) return existing.page;
  const opened = await openPage(browser());
  sessions.set(who, opened);
  await signInAs(opened.page, who);
  return opened.page;
}

beforeAll(enrolLearner);

afterAll(async () => {
  for (const { context } of sessions.values()) await context.close();
});

describe("every page, when the API fails", () => {
  for (const row of PAGES) {
    it(`${row.path} as ${row.as} says so, offers to try again and keeps the menu`, async () => {
      const page = await session(row.as);
      await openFailing(page, row.path);

      if (row.kind === "static" || row.kind === "submit") {
        await expectHeading(page, row.heading);
        if (row.kind === "submit" && row.form) {
          await row.form.fill(page);
          await page.getByRole("button", { name: row.form.send }).click();
        } else if (row.kind === "submit") {
          await page.getByLabel("Title", { exact: true }).fill("A draft saved while the API fails");
          await page.getByRole("button", { name: "Save draft" }).click();
        }
        if (row.kind === "submit") {
          await page
            .getByRole("alert")
            .filter({ hasText: /try again/i })
            .first()
            .waitFor({ timeout: FEW_SECONDS });
        }
        await expectMenu(page, row.as);
        await page.unrouteAll();
        return;
      }

      const retry = page.getByRole("button", { name: "Try again" });
      await page
        .getByRole("alert")
        .filter({ has: retry })
        .first()
        .waitFor({ timeout: FEW_SECONDS });
      await expectMenu(page, row.as);

      // The API is back: each "Try again" brings its content, and the alerts go.
      await page.unrouteAll();
      for (let left = await retry.count(); left > 0; left = await retry.count()) {
        await retry.first().click();
        await expect.poll(() => retry.count()).toBeLessThan(left);
      }
      await expectHeading(page, row.heading);
    });
  }
});
