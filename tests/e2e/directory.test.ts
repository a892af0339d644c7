import { DEMO_CITIES, DEMO_ITEMS } from "@alliance/dev";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
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

const mechelen = DEMO_CITIES.find((city) => city.name === "Mechelen");
const mechelenItem = DEMO_ITEMS.find(
  (item) => item.cityId === mechelen?.cityId && item.status === "published",
);

async function expectNoSidewaysScroll(page: Page, label: string) {
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width of ${label}`).toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1024, height: 800 });
}

describe("the member directory", () => {
  it("lists members by country with a map used by keyboard; an administrator marks a city as left and its item says so", async () => {
    if (!mechelen || !mechelenItem) throw new Error("the demo data changed");
    const visitor = await openPage(browser());
    const page = visitor.page;
    await page.goto(`${webUrl}/cities`);
    await expectHeading(page, "Member cities");
    const map = page.getByRole("link", { name: "France: 1 member city" });
    await map.waitFor();
    await expectAccessible(page, "the member directory");
    await expectNoSidewaysScroll(page, "the member directory");
    const former = page.getByRole("region", { name: "Former members" });
    await former.getByRole("link", { name: "Bologna" }).waitFor();

    // By keyboard: from the map's heading, Tab reaches the first member country's link,
    // and Enter takes focus to that country's cities.
    await page.getByRole("heading", { name: "Map of member countries" }).click();
    let stop = 0;
    while (!(await focused(page)).label.startsWith("France") && stop < 10) {
      await page.keyboard.press("Tab");
      stop += 1;
    }
    expect((await focused(page)).label).toBe("France: 1 member city");
    await page.keyboard.press("Enter");
    expect(await focused(page)).toMatchObject({ tag: "h3", text: "France" });

    // An administrator records that Mechelen left the alliance, at the city's request.
    const admin = await openPage(browser());
    const cityPath = `/cities/${mechelen.cityId}`;
    await admin.page.goto(`${webUrl}/sign-in?next=${encodeURIComponent(cityPath)}`);
    await signIn(admin.page, demoUser("admin"));
    await expectHeading(admin.page, "Mechelen");
    await admin.page.getByRole("button", { name: "Mark as left" }).click();
    await admin.page
      .getByLabel("Reason")
      .fill("The city council asked to leave the alliance on 1 December.");
    await admin.page.getByLabel(/I confirm that Mechelen leaves the alliance/).check();
    await expectAccessible(admin.page, "the membership form");
    await admin.page.getByRole("button", { name: "Confirm the leave" }).click();
    await admin.page
      .getByRole("status")
      .filter({ hasText: "The city is now a former member." })
      .waitFor();
    await admin.page.getByText(/^Left the alliance/).waitFor();

    // Its published item stays, marked as from a former member (once the stream marks it).
    await page.goto(`${webUrl}/exchange/items/${mechelenItem.itemId}`);
    const badge = page.getByText("From a former member");
    await expect
      .poll(
        async () => {
          await page.reload();
          await expectHeading(page, mechelenItem.fields.title);
          return badge.isVisible();
        },
        { timeout: 30_000, interval: 1_000 },
      )
      .toBe(true);
    await expectAccessible(page, "an item of a former member");

    // Reinstated, as other journeys expect the demo cities.
    await admin.page.getByRole("button", { name: "Reinstate" }).click();
    await admin.page.getByLabel("Reason").fill("Recorded by mistake: the council stays a member.");
    await admin.page.getByRole("button", { name: "Reinstate the city" }).click();
    await admin.page
      .getByRole("status")
      .filter({ hasText: "The city is an active member again." })
      .waitFor();
    await Promise.all([visitor.context, admin.context].map((context) => context.close()));
  });
});
