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

/*
 * Saved exchange searches (decision 0079): a member saves the search the exchange page
 * shows, finds it under Saved, opens it again with its filters, and deletes it; by
 * keyboard, axe-clean, and at 320 px without scrolling sideways.
 */
describe("saved searches", () => {
  it("saves the exchange search with its filters, lists it, opens it and deletes it", async () => {
    const name = `Youth work ${Date.now().toString(36)}`;
    const { context, page } = await openPage(browser());
    await page.setViewportSize({ width: 320, height: 800 });
    await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent("/exchange?theme=youth-work")}`);
    await signIn(page, demoUser("trainer"));
    await expectHeading(page, "The exchange");
    await page.getByRole("heading", { name: "Save this search" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );

    // An empty name is refused, by the same schema as the API, and focus goes to it.
    await page.getByRole("button", { name: "Save this search" }).click();
    await expect.poll(async () => (await focused(page)).id).toBe("save-search-name");
    await expectAccessible(page, "save a search with an error (en)");

    // By keyboard: type the name, Enter submits.
    await page.getByLabel("Name of the search").fill(name);
    await page.keyboard.press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: `Search saved as “${name}”.` })
      .waitFor();
    await expectAccessible(page, "exchange with a saved search (en)");

    await page.getByRole("link", { name: "Your saved searches" }).click();
    await expectHeading(page, "Saved items");
    await page.getByRole("heading", { name: "Saved searches" }).waitFor();
    await page.getByText(name, { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    await expectAccessible(page, "saved searches (en)");

    // Open brings the exchange back with the saved filter chosen.
    await page.getByRole("link", { name: `Open the search “${name}”` }).click();
    await expectHeading(page, "The exchange");
    expect(new URL(page.url()).searchParams.getAll("theme")).toEqual(["youth-work"]);
    await page.goBack();
    await page.getByRole("heading", { name: "Saved searches" }).waitFor();

    await page.getByRole("button", { name: `Delete the search “${name}”` }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `The search “${name}” is deleted.` })
      .waitFor();
    await expect.poll(() => page.getByText(name, { exact: true }).count()).toBe(0);
    await context.close();
  });
});
