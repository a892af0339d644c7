import { createUser, DEMO_CITIES } from "@alliance/dev";
import { describe, expect, inject, it } from "vitest";
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

const webUrl = inject("webUrl");

const browser = chromiumForFile();

describe("the web app", () => {
  it("lets an elected representative edit their profile in English and French, then sign out", async () => {
    const me = demoUser("representative");
    const newName = `Claire Moreau ${Date.now().toString(36)}`;
    const { context, page } = await openPage(browser());

    await page.goto(webUrl);
    await expectHeading(page, "Welcome");
    expect(await page.title()).toBe(
      "Welcome – Alliance of European Cities against Violent Extremism",
    );
    await expectAccessible(page, "home (en)");

    await page.getByRole("navigation").getByRole("link", { name: "Member cities" }).click();
    await expectHeading(page, "Member cities");
    // After a navigation, focus is on the new page's heading, so it is announced.
    await expect.poll(() => focused(page)).toMatchObject({ tag: "h1", text: "Member cities" });
    // The directory lists each city as a link under its country (decision 0034).
    await page.getByRole("link", { name: DEMO_CITIES[0].name, exact: true }).waitFor();
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
    await chooseLanguage(page, "English");
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

    await chooseLanguage(page, "Français");
    await page.locator("html[lang=fr]").waitFor({ state: "attached" });
    await expectHeading(page, "Mon profil");
    await page.getByLabel("Votre nom").waitFor();
    expect(await page.title()).toBe(
      "Mon profil – Alliance des villes européennes contre l’extrémisme violent",
    );
    await expectAccessible(page, "profile (fr)");

    await page.getByRole("navigation").getByRole("link", { name: "Villes membres" }).click();
    await expectHeading(page, "Villes membres");
    // The directory lists each city as a link under its country (decision 0034).
    await page.getByRole("link", { name: DEMO_CITIES[0].name, exact: true }).waitFor();
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
    // A person of its own: a demo person's new name would show in other files' pages
    // (notifications.test.ts reads "Jonas Lund answered…"), whichever runs first.
    const run = Date.now().toString(36);
    const me = { username: `e2e-conflict-${run}`, password: "Test-pass-2026" };
    await createUser(inject("localCloud"), { ...me, groups: [] });
    const [firstName, secondName] = [`Ada Conflict ${run} one`, `Ada Conflict ${run} two`];
    const { context, page: first } = await openPage(browser());
    await first.goto(`${webUrl}/sign-in?next=%2Fprofile`);
    await signIn(first, me);
    await expectHeading(first, "My profile");
    await first.getByLabel("Your name").waitFor();

    // Same person, second window: signed in through the shared storage.
    const second = await context.newPage();
    await second.goto(`${webUrl}/profile`);
    await expectHeading(second, "My profile");
    await second.getByLabel("Your name").waitFor();

    await first.getByLabel("Your name").fill(firstName);
    await first.getByRole("button", { name: "Save my profile" }).click();
    await first.getByRole("status").filter({ hasText: "Your profile is saved." }).waitFor();

    await second.getByLabel("Your name").fill(secondName);
    await second.getByRole("button", { name: "Save my profile" }).click();
    const conflict = second
      .getByRole("alert")
      .filter({ hasText: "Your profile was changed elsewhere" });
    await conflict.waitFor();
    expect(await second.getByLabel("Your name").inputValue()).toBe(secondName);
    await expectAccessible(second, "profile with a conflict (en)");

    await conflict.getByRole("button", { name: "Reload my profile" }).click();
    await second
      .getByRole("status")
      .filter({ hasText: "We reloaded the latest version" })
      .waitFor();
    expect(await second.getByLabel("Your name").inputValue()).toBe(firstName);
    expect(await conflict.count()).toBe(0);

    await context.close();
  });
});
