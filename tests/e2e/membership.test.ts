import { createUser } from "@alliance/dev";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  chromiumForFile,
  demoUser,
  expectAccessible,
  expectHeading,
  openPage,
  signIn,
} from "./browser.ts";

const webUrl = inject("webUrl");
const browser = chromiumForFile();

async function expectNoSidewaysScroll(page: Page, label: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width of ${label}`).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1024, height: 800 });
}

/** Fills the application as a visitor does. */
async function fillApplication(page: Page, city: string) {
  await page.getByLabel("Name of the city or region").fill(city);
  await page.getByLabel("Country", { exact: true }).selectOption({ label: "Finland" });
  await page.getByLabel("Region", { exact: true }).fill("Pirkanmaa");
  await page.getByLabel("Population", { exact: true }).fill("255000");
  await page.getByLabel("Your name", { exact: true }).fill("Aino Virtanen");
  await page.getByLabel("Your role in the city or region").fill("Prevention coordinator");
  await page.getByLabel("Their name", { exact: true }).fill("Kalle Mäkinen");
  await page.getByLabel("Their office", { exact: true }).fill("Deputy mayor for welfare");
  await page.getByLabel("Their e-mail address").fill("deputy.mayor@city.example");
  await page
    .getByLabel("Why do you want to join?")
    .fill("Our city runs a multi-agency prevention network and wants to learn from others.");
  await page
    .getByLabel("What do you bring to the alliance?")
    .fill("Ten years of exit work and a training programme for youth workers on online hate.");
  await page.getByLabel(/We accept the alliance's principles/).check();
}

describe("joining the alliance", () => {
  it("goes from the public form to approval, and the applicant signs in as the new city's contributor", async () => {
    const run = Date.now().toString(36);
    const city = `Testby ${run}`;
    const person = { username: `e2e-applicant-${run}`, password: "Test-pass-2026" };
    await createUser(inject("localCloud"), { ...person, groups: [] });

    // A visitor finds the page from home, fills the form, and is asked to sign in first.
    const visitor = await openPage(browser());
    let page = visitor.page;
    await page.goto(webUrl);
    await page.getByRole("link", { name: "Apply to join the alliance" }).click();
    await expectHeading(page, "Join the alliance");
    await expectAccessible(page, "join");
    await expectNoSidewaysScroll(page, "join");
    await fillApplication(page, city);
    await page.getByRole("button", { name: "Send the application" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "sign in or create an account first" })
      .waitFor();

    // Signed in, they come back to the form with what they typed, and send it.
    await page.getByRole("link", { name: "Sign in" }).last().click();
    await signIn(page, person);
    await expectHeading(page, "Join the alliance");
    expect(await page.getByLabel("Name of the city or region").inputValue()).toBe(city);
    await page.getByRole("button", { name: "Send the application" }).click();
    await expectHeading(page, `Application of ${city}`);
    await page.getByText("Your application waits for the administrators' review.").waitFor();
    await expectAccessible(page, "my application");

    // An administrator approves it from the queue, by keyboard.
    const admin = await openPage(browser());
    await admin.page.goto(`${webUrl}/sign-in?next=${encodeURIComponent("/admin/membership")}`);
    await signIn(admin.page, demoUser("admin"));
    await expectHeading(admin.page, "Membership applications");
    await expectAccessible(admin.page, "membership queue");
    await admin.page.getByRole("link", { name: city }).click();
    await expectHeading(admin.page, `Application of ${city}`);
    await expectAccessible(admin.page, "an application to decide");
    await expectNoSidewaysScroll(admin.page, "an application to decide");
    await admin.page.getByLabel(/^Approve/).focus();
    await admin.page.keyboard.press("Tab");
    await admin.page.keyboard.press("Tab");
    await admin.page.keyboard.press("Enter");
    await admin.page
      .getByRole("status")
      .filter({ hasText: "Approved: the city is a member" })
      .waitFor();

    // Signed in again, the applicant works for the new member city.
    const returning = await openPage(browser());
    page = returning.page;
    await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent("/my-city")}`);
    await signIn(page, person);
    await expectHeading(page, "My city’s items");
    await page.goto(`${webUrl}/cities`);
    const card = page.getByRole("listitem").filter({ hasText: city });
    await card.getByText(/^Member since /).waitFor();
    await Promise.all([visitor.context, admin.context, returning.context].map((c) => c.close()));
  });
});
