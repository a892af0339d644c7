import { readFileSync } from "node:fs";
import { createUser, signIn as signInToCognito } from "@alliance/dev";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  chooseLanguage,
  chromiumForFile,
  demoUser,
  expectAccessible,
  expectHeading,
  openPage,
  signIn,
} from "./browser.ts";

/**
 * The administrators' console: an administrator suspends a person, whose calls are then
 * refused; the audit log shows it and exports it; the figures show the platform.
 */
const webUrl = inject("webUrl");
const browser = chromiumForFile();

async function fitsAt320(page: Page, label: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width of ${label}`).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1024, height: 800 });
}

describe("the administrators' console", () => {
  it("suspends a person, shows it in the audit log and exports it as CSV", async () => {
    const run = Date.now().toString(36);
    const person = { username: `e2e-suspended-${run}`, password: "Test-pass-2026" };
    const cloud = inject("localCloud");
    await createUser(cloud, { ...person, groups: [] });
    const { accessToken } = await signInToCognito(cloud, person.username, person.password);
    const asPerson = () =>
      fetch(new URL("/api/me", inject("apiUrl")), {
        headers: { authorization: `Bearer ${accessToken}` },
      });
    expect((await asPerson()).status).toBe(200);

    const { context, page } = await openPage(browser());
    await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent("/admin/people")}`);
    await signIn(page, demoUser("admin"));
    await expectHeading(page, "People");
    await page.getByLabel("Name or username").fill(person.username);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: person.username }).click();
    await expectHeading(page, person.username);

    // Suspending needs a reason; the summary says so and the person is untouched.
    const suspend = page.getByRole("button", { name: "Suspend this person" });
    await suspend.click();
    await page.locator(".error-summary").waitFor();
    await expect.poll(() => page.getByLabel("Reason").getAttribute("aria-invalid")).toBe("true");
    await page.getByLabel("Reason").fill("Shared their account with a third party");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: `${person.username} is suspended.` })
      .waitFor();
    await page.getByText("Suspended since").waitFor();
    await expectAccessible(page, "a suspended person");
    expect((await asPerson()).status).toBe(403);

    await page.getByRole("link", { name: "This person’s audit trail" }).click();
    await expectHeading(page, "Audit log");
    expect(new URL(page.url()).searchParams.get("object")).toMatch(/^usr_/);
    const record = page.getByRole("heading", { name: `Suspended: ${person.username}` });
    await record.waitFor();
    await page.getByText("suspended: Shared their account with a third party").waitFor();
    await expectAccessible(page, "the audit log of a person");
    await fitsAt320(page, "audit log");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export as CSV" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("audit-log.csv");
    const csv = readFileSync((await file.path()) ?? "", "utf8");
    expect(csv.split("\r\n")[0]).toBe(
      "at,actor_id,actor,action,object_type,object_id,object,before,after,reason",
    );
    expect(csv).toContain(`,person-suspended,person,`);
    expect(csv).toContain(person.username);

    // Filters by action from the form, in the URL.
    await page.getByLabel("Action").selectOption("person-reinstated");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.getByText("No record matches these filters.").waitFor();
    expect(new URL(page.url()).searchParams.get("action")).toBe("person-reinstated");

    // Reinstated from the person's page: their calls work again.
    await page.goBack();
    await page.goBack();
    await expectHeading(page, person.username);
    await page.getByRole("button", { name: "Reinstate this person" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `${person.username} is reinstated.` })
      .waitFor();
    expect((await asPerson()).status).toBe(200);
    await context.close();
  });

  it("shows the platform's figures, in English and French, axe-clean", async () => {
    const { context, page } = await openPage(browser());
    await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent("/admin/figures")}`);
    await signIn(page, demoUser("admin"));
    await expectHeading(page, "Platform figures");
    const members = page.getByRole("row", { name: /^Member cities/ });
    await members.waitFor();
    expect(await page.getByRole("row").count()).toBe(6);
    await expectAccessible(page, "platform figures (en)");
    await fitsAt320(page, "figures");
    await chooseLanguage(page, "Français");
    await expectHeading(page, "Chiffres de la plateforme");
    await page.getByRole("row", { name: /^Villes membres/ }).waitFor();
    await expectAccessible(page, "platform figures (fr)");
    await page
      .getByRole("navigation", { name: "Administration" })
      .getByRole("link", { name: "Journal d’audit" })
      .click();
    await expectHeading(page, "Journal d’audit");
    await chooseLanguage(page, "English");
    await expectHeading(page, "Audit log");
    await context.close();
  });
});
