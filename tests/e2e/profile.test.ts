import { DEMO_CITIES, DEMO_USERS } from "@alliance/dev";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { expectAccessible, expectHeading, focused, launchChromium, openPage } from "./browser.ts";

const webUrl = inject("webUrl");

function demoUser(key: (typeof DEMO_USERS)[number]["key"]) {
  const user = DEMO_USERS.find((candidate) => candidate.key === key);
  if (!user) throw new Error(`No demo user ${key}`);
  return user;
}

async function signIn(page: Page, user: { username: string; password: string }) {
  await page.getByLabel("Username").fill(user.username);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe("the web app", () => {
  it("lets an elected representative edit their profile in English and French, then sign out", async () => {
    const me = demoUser("representative");
    const newName = `Claire Moreau ${Date.now().toString(36)}`;
    const { context, page } = await openPage(browser);

    await page.goto(webUrl);
    await expectHeading(page, "Welcome");
    expect(await page.title()).toBe(
      "Welcome – Alliance of European Cities against Violent Extremism",
    );
    await expectAccessible(page, "home (en)");

    await page.getByRole("navigation").getByRole("link", { name: "Member cities" }).click();
    await expectHeading(page, "Member cities");
    await page.getByRole("heading", { level: 2, name: DEMO_CITIES[0].name }).waitFor();
    await expectAccessible(page, "cities (en)");

    await page.getByRole("navigation").getByRole("link", { name: "Create an account" }).click();
    await expectHeading(page, "Create an account");
    await expectAccessible(page, "sign-up (en)");

    // The profile is protected: signed out, it leads to sign-in and back.
    await page.goto(`${webUrl}/profile`);
    await page.waitForURL(/\/sign-in\?next=%2Fprofile$/);
    await expectHeading(page, "Sign in");
    await expectAccessible(page, "sign-in (en)");
    await signIn(page, me);
    await page.waitForURL(/\/profile$/);

    // Nobody chose a language on this browser: the person's preferred one (French) applies.
    await page.locator("html[lang=fr]").waitFor({ state: "attached" });
    await expectHeading(page, "Mon profil");
    await page.getByRole("button", { name: "English" }).click();
    await expectHeading(page, "My profile");
    await page.getByLabel("Your name").waitFor();
    await expectAccessible(page, "profile (en)");

    await page.getByLabel("Your name").fill(newName);
    await page.getByLabel("Your position").selectOption({ label: "Mayor" });
    await page.getByRole("button", { name: "Save my profile" }).click();
    await page.getByRole("status").filter({ hasText: "Your profile is saved." }).waitFor();

    await page.reload();
    await expectHeading(page, "My profile");
    await expect.poll(() => page.getByLabel("Your name").inputValue()).toBe(newName);
    expect(await page.getByLabel("Your position").inputValue()).toBe("mayor");

    await page.getByRole("button", { name: "Français" }).click();
    await page.locator("html[lang=fr]").waitFor({ state: "attached" });
    await expectHeading(page, "Mon profil");
    await page.getByLabel("Votre nom").waitFor();
    expect(await page.title()).toBe(
      "Mon profil – Alliance des villes européennes contre l’extrémisme violent",
    );
    await expectAccessible(page, "profile (fr)");

    await page.getByRole("navigation").getByRole("link", { name: "Villes membres" }).click();
    await expectHeading(page, "Villes membres");
    await page.getByRole("heading", { level: 2, name: DEMO_CITIES[0].name }).waitFor();
    await expectAccessible(page, "cities (fr)");

    await page.getByRole("button", { name: "Se déconnecter" }).click();
    await page.waitForURL(`${webUrl}/`);
    await page.getByRole("status").filter({ hasText: "Vous êtes déconnecté·e" }).waitFor();
    const nav = page.getByRole("navigation");
    await nav.getByRole("link", { name: "Se connecter" }).waitFor();
    expect(await nav.getByRole("link", { name: "Mon profil" }).count()).toBe(0);
    await expectAccessible(page, "home, signed out (fr)");

    await context.close();
  });

  it("shows a stale edit as a conflict, keeps what was typed and offers to reload", async () => {
    const me = demoUser("contributorA");
    const { context, page: first } = await openPage(browser);
    await first.goto(`${webUrl}/sign-in?next=%2Fprofile`);
    await signIn(first, me);
    await expectHeading(first, "My profile");
    await first.getByLabel("Your name").waitFor();

    // Same person, second window: signed in through the shared storage.
    const second = await context.newPage();
    await second.goto(`${webUrl}/profile`);
    await expectHeading(second, "My profile");
    await second.getByLabel("Your name").waitFor();

    await first.getByLabel("Your name").fill("Jonas Lund (first window)");
    await first.getByRole("button", { name: "Save my profile" }).click();
    await first.getByRole("status").filter({ hasText: "Your profile is saved." }).waitFor();

    await second.getByLabel("Your name").fill("Jonas Lund (second window)");
    await second.getByRole("button", { name: "Save my profile" }).click();
    const conflict = second
      .getByRole("alert")
      .filter({ hasText: "Your profile was changed elsewhere" });
    await conflict.waitFor();
    expect(await second.getByLabel("Your name").inputValue()).toBe("Jonas Lund (second window)");
    await expectAccessible(second, "profile with a conflict (en)");

    await conflict.getByRole("button", { name: "Reload my profile" }).click();
    await second
      .getByRole("status")
      .filter({ hasText: "We reloaded the latest version" })
      .waitFor();
    expect(await second.getByLabel("Your name").inputValue()).toBe("Jonas Lund (first window)");
    expect(await conflict.count()).toBe(0);

    await context.close();
  });

  it("can be signed into with the keyboard alone, with errors announced and focused", async () => {
    const me = demoUser("trainer");
    const { context, page } = await openPage(browser);
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
