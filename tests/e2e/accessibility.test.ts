import { describe, expect, inject, it } from "vitest";
import {
  chromiumForFile,
  demoUser,
  expectAccessible,
  expectHeading,
  focused,
  openPage,
} from "./browser.ts";

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
