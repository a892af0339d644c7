import { createUser, DEMO_CITIES } from "@alliance/dev";
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
const AARHUS = DEMO_CITIES.find((city) => city.name === "Aarhus");

async function expectNoSidewaysScroll(page: Page, label: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width of ${label}`).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1024, height: 800 });
}

/** Signs a demo administrator in and opens the people page. */
async function adminOnPeople(page: Page) {
  await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent("/admin/people")}`);
  await signIn(page, demoUser("admin"));
  await expectHeading(page, "People");
}

describe("the administrators' people pages", () => {
  it("let an administrator find a person and make them their city's contributor, which their profile then shows", async () => {
    const run = Date.now().toString(36);
    const person = { username: `e2e-officer-${run}`, password: "Test-pass-2026" };
    await createUser(inject("localCloud"), { ...person, groups: [] });

    // The person signs in once: that creates their profile, still without a city.
    const own = await openPage(browser());
    await own.page.goto(`${webUrl}/sign-in?next=${encodeURIComponent("/profile")}`);
    await signIn(own.page, person);
    await expectHeading(own.page, "My profile");
    await own.page.getByLabel("Your name").waitFor();
    expect(await own.page.getByLabel("Your city").getAttribute("readonly")).toBeNull();

    const { context, page } = await openPage(browser());
    await adminOnPeople(page);
    await expectAccessible(page, "people");
    await page.getByLabel("Name or username").fill(`officer-${run}`);
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/admin\/people\?q=officer-/);
    // Everyone is listed until the search answers; then only the person.
    await expect.poll(() => page.getByRole("heading", { level: 2 }).count()).toBe(1);
    const result = page.getByRole("link", { name: person.username });
    await result.waitFor();
    await expectNoSidewaysScroll(page, "people");

    await result.click();
    await expectHeading(page, person.username);
    await page.getByText("None: learner only").waitFor();
    await expectAccessible(page, "a person");

    // A contributor needs a city first.
    await page.getByLabel("City contributor").check();
    await page.getByRole("button", { name: "Save the roles" }).click();
    await page
      .getByRole("alert")
      .filter({ hasText: "Set this person's city first" })
      .first()
      .waitFor();

    await page.getByLabel("This person's city").selectOption({ label: "Aarhus (Denmark)" });
    await page.getByRole("button", { name: "Save the city" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `The city of ${person.username} is saved.` })
      .waitFor();

    await page.getByLabel("City contributor").check();
    await page.getByRole("button", { name: "Save the roles" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `The roles of ${person.username} are saved.` })
      .waitFor();
    const details = page.locator("dl.details");
    await details.getByText("City contributor").waitFor();
    await details.getByText("Aarhus (Denmark)").waitFor();
    await expectAccessible(page, "a person, saved");
    await expectNoSidewaysScroll(page, "a person");
    await context.close();

    // Their page, opened before, is stale; reloaded with their old token it still offers the
    // city, and the platform refuses the change and says why.
    const yourCity = own.page.getByLabel("Your city");
    const save = own.page.getByRole("button", { name: "Save my profile" });
    await yourCity.selectOption({ label: "Rotterdam (Netherlands)" });
    await save.click();
    await own.page.getByRole("button", { name: "Reload my profile" }).click();
    await expect.poll(() => yourCity.inputValue()).toBe(AARHUS?.cityId);
    await yourCity.selectOption({ label: "Rotterdam (Netherlands)" });
    await save.click();
    await own.page
      .getByRole("alert")
      .filter({ hasText: "Assigned by an administrator" })
      .first()
      .waitFor();
    await own.context.close();

    // At their next sign-in the person is a contributor, and their city is not theirs to pick.
    const again = await openPage(browser());
    await again.page.goto(`${webUrl}/sign-in?next=${encodeURIComponent("/profile")}`);
    await signIn(again.page, person);
    await expectHeading(again.page, "My profile");
    const city = again.page.getByLabel("Your city");
    await expect.poll(() => city.inputValue()).toBe(`${AARHUS?.name} (Denmark)`);
    expect(await city.getAttribute("readonly")).not.toBeNull();
    await again.page.getByText("Assigned by an administrator").waitFor();
    await expectAccessible(again.page, "a contributor's profile");
    await again.context.close();
  });

  it("shows why the list did not load and lets the administrator try again", async () => {
    const { context, page } = await openPage(browser());
    await page.route("**/api/admin/users*", (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "Service Unavailable",
          status: 503,
          detail: "The service is busy.",
          code: "service-busy",
          instance: "/api/admin/users",
        }),
      }),
    );
    await adminOnPeople(page);
    const failure = page.getByRole("alert").filter({ hasText: "went wrong on our side" });
    await failure.waitFor();
    await expectAccessible(page, "people, failed");

    await page.unroute("**/api/admin/users*");
    await failure.getByRole("button", { name: "Try again" }).click();
    await page.getByRole("link", { name: demoUser("admin").displayName }).waitFor();
    expect(await failure.count()).toBe(0);
    await context.close();
  });
});
