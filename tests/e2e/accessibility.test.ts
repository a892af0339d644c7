import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  chooseLanguage,
  chromiumForFile,
  demoUser,
  expectAccessible,
  expectHeading,
  focused,
  openPage,
} from "./browser.ts";
import type { Who } from "./menu.ts";
import { course, enrolLearner, PAGES, signInAs } from "./pages.ts";

const webUrl = inject("webUrl");

const browser = chromiumForFile();

describe("the web app for keyboard users and at high zoom", () => {
  it("reflows at 320 CSS pixels (400% zoom) without scrolling sideways", async () => {
    const context = await browser().newContext({
      locale: "fr-FR",
      viewport: { width: 320, height: 640 },
    });
    const page = await context.newPage();
    for (const [path, heading] of [
      ["/", "Bienvenue"],
      ["/cities", "Villes membres"],
      ["/exchange", "L’échange"],
      ["/courses", "Cours"],
      ["/verify", "Vérifier un certificat"],
      ["/sign-in", "Connexion"],
      ["/sign-up", "Créer un compte"],
    ] as const) {
      await page.goto(`${webUrl}${path}`);
      await expectHeading(page, heading);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `page width of ${path}`).toBeLessThanOrEqual(320);
    }
    await expectAccessible(page, "sign-up at 320 px (fr)");
    await context.close();
  });

  it("can be signed into with the keyboard alone, with errors announced and focused", async () => {
    const me = demoUser("trainer");
    const { context, page } = await openPage(browser());
    await page.goto(`${webUrl}/sign-in`);
    await expectHeading(page, "Sign in");

    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", text: "Skip to main content" });
    await page.keyboard.press("Enter");
    expect((await focused(page)).id).toBe("main");

    await page.keyboard.press("Tab");
    expect((await focused(page)).id).toBe("username");
    await page.keyboard.type(me.username);
    await page.keyboard.press("Tab");
    expect((await focused(page)).id).toBe("password");
    await page.keyboard.type("not-the-password");
    await page.keyboard.press("Enter");

    // A wrong password: the summary takes focus and is an alert; nothing typed is lost.
    const summary = page.locator(".error-summary");
    await summary
      .getByRole("alert")
      .filter({ hasText: "The username or password is not right" })
      .waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe("div");
    expect(
      await page.evaluate(() => document.activeElement?.classList.contains("error-summary")),
    ).toBe(true);
    expect(await page.getByLabel("Username").inputValue()).toBe(me.username);

    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    expect((await focused(page)).id).toBe("password");
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(me.password);
    await page.keyboard.press("Enter");

    await page.waitForURL(`${webUrl}/`);
    await page.getByRole("status").filter({ hasText: "You are signed in." }).waitFor();
    await page.getByRole("navigation").getByRole("link", { name: "My profile" }).waitFor();

    await context.close();
  });
});

/** One browser per role and width, signed in once and reused by the rows. */
const sessions = new Map<string, { context: BrowserContext; page: Page }>();
async function session(who: Who, width: number): Promise<Page> {
  const key = `${who}@${width}`;
  const existing = sessions.get(key);
  if (existing) return existing.page;
  const context = await browser().newContext({
    locale: "en-GB",
    viewport: { width, height: width < 400 ? 640 : 800 },
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  sessions.set(key, { context, page });
  await signInAs(page, who);
  return page;
}

/** The page's content is in: its heading shows and nothing is loading any more. */
async function settled(page: Page, heading: string | RegExp) {
  await expectHeading(page, heading);
  await expect.poll(() => page.locator(".loading, .spinner").count()).toBe(0);
}

describe("the layout at 320 px and at 1280 px", () => {
  beforeAll(enrolLearner);
  afterAll(async () => {
    for (const { context } of sessions.values()) await context.close();
  });

  for (const row of PAGES) {
    it(`${row.path} as ${row.as} reflows at 320 px without scrolling sideways`, async () => {
      const page = await session(row.as, 320);
      await page.goto(`${webUrl}${row.path}`);
      await settled(page, row.heading);
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, `page width of ${row.path}`).toBeLessThanOrEqual(320);
    });
  }

  it("keeps an administrator's whole menu on one line at 1280 px, in every interface language", async () => {
    const page = await session("admin", 1280);
    await page.goto(`${webUrl}/`);
    await settled(page, "Welcome");
    // The navigation's name is translated too: find it by its place.
    const nav = page.locator("header nav");
    const rows = () =>
      nav.evaluate((element) => {
        const items = [...element.querySelectorAll(":scope > ul > li")];
        return new Set(items.map((item) => (item as HTMLElement).offsetTop)).size;
      });
    expect(await nav.locator(":scope > ul > li").count()).toBeGreaterThanOrEqual(9);
    expect(await rows()).toBe(1);
    for (const [name, home] of [
      ["Français", "Accueil"],
      ["Deutsch", "Startseite"],
      ["Nederlands", "Home"],
      ["Dansk", "Forside"],
      ["Svenska", "Startsida"],
    ] as const) {
      await chooseLanguage(page, name);
      await nav.getByRole("link", { name: home, exact: true }).waitFor();
      expect(await rows(), name).toBe(1);
    }
    await chooseLanguage(page, "English");
    await nav.getByRole("link", { name: "Home" }).waitFor();
  });

  it("opens the workspaces with the keyboard and closes them with Escape", async () => {
    const page = await session("admin", 1280);
    await page.goto(`${webUrl}/`);
    await chooseLanguage(page, "English");
    await settled(page, "Welcome");
    const nav = page.getByRole("navigation", { name: "Main" });
    const work = nav.getByRole("button", { name: "Your work" });
    expect(await work.getAttribute("aria-expanded")).toBe("false");
    await work.focus();
    await page.keyboard.press("Enter");
    expect(await work.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Tab");
    expect(await focused(page)).toMatchObject({ tag: "a", text: "My courses" });
    await page.keyboard.press("Escape");
    expect(await work.getAttribute("aria-expanded")).toBe("false");
    expect(await focused(page)).toMatchObject({ tag: "button", text: "Your work" });
    await expectAccessible(page, "home with the workspaces (admin)");
    await page.keyboard.press("Enter");
    await nav.getByRole("link", { name: "Moderation" }).click();
    await settled(page, "Moderation");
    expect(await work.getAttribute("aria-expanded")).toBe("false");
    // Certificate verification is one link away from every page.
    await page.getByRole("contentinfo").getByRole("link", { name: "Verify a certificate" }).click();
    await settled(page, "Verify a certificate");
  });

  it("shows the outline's actions as short verbs, Remove unlike Edit", async () => {
    const page = await session("trainer", 1280);
    await page.goto(`${webUrl}/teach/courses/${course.courseId}`);
    await settled(page, `Edit “${course.fields.title}”`);
    const lesson = course.modules[0]?.lessons[0]?.title ?? "";
    const edit = page.getByRole("button", { name: `Edit “${lesson}”` });
    const remove = page.getByRole("button", { name: `Remove “${lesson}”` });
    expect(await edit.textContent()).toBe("Edit");
    expect(await page.getByRole("button", { name: `Move up “${lesson}”` }).textContent()).toBe(
      "Move up",
    );
    expect(await remove.textContent()).toBe("Remove");
    const look = (button: typeof edit) =>
      button.evaluate((element) => {
        const style = getComputedStyle(element);
        return `${style.color} ${style.borderColor}`;
      });
    expect(await look(remove)).not.toBe(await look(edit));
  });
});
