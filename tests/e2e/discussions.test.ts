import { createUser, DEMO_ITEMS } from "@alliance/dev";
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
/** A public item of Aarhus (demo-aarhus speaks for its city). */
const item = DEMO_ITEMS.find((each) => each.itemId.endsWith("A1"));

/** Opens the item's page signed in as `person`, through the sign-in page. */
async function onItemAs(person: { username: string; password: string }): Promise<Page> {
  const { page } = await openPage(browser());
  const path = `/exchange/items/${item?.itemId}`;
  await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent(path)}`);
  await signIn(page, person);
  await expectHeading(page, item?.fields.title ?? "");
  await page.getByRole("heading", { level: 2, name: "Discussion" }).waitFor();
  return page;
}

describe("a discussion on an exchange item", () => {
  it("a member asks, the item's city answers, the asker accepts the answer", async () => {
    const run = Date.now().toString(36);
    const title = `How long is the mentors' training? ${run}`;
    const asker = { username: `e2e-asker-${run}`, password: "Test-pass-2026" };
    await createUser(inject("localCloud"), { ...asker, groups: [] });

    // A signed-out visitor sees how many questions there are, not what they say.
    const visitor = await openPage(browser());
    await visitor.page.goto(`${webUrl}/exchange/items/${item?.itemId}`);
    await visitor.page.getByRole("link", { name: "sign in to read and take part" }).waitFor();

    // A member asks, by keyboard.
    const page = await onItemAs(asker);
    await page.getByRole("button", { name: "Ask a question" }).click();
    await page.getByLabel("Your question, in one line").fill(title);
    await page
      .getByLabel("Details")
      .fill("We are starting mentoring too. How many days of training?");
    await page.getByLabel("Details").press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("status").filter({ hasText: "Your question is posted." }).waitFor();
    await page.getByRole("article", { name: title }).waitFor();

    // The item's city answers: their answer carries the city's mark.
    const city = await onItemAs(demoUser("contributorA"));
    await city.getByRole("button", { name: `Answer the question: ${title}` }).click();
    await city.getByLabel("Your answer").fill("Three days, then a meeting every month.");
    await city.getByRole("button", { name: "Post the answer" }).click();
    await city.getByRole("status").filter({ hasText: "Your answer is posted." }).waitFor();
    const question = city.getByRole("article", { name: title });
    await question.getByText("From the city").waitFor();

    // The asker accepts it.
    await page.reload();
    const mine = page.getByRole("article", { name: title });
    await mine.getByRole("button", { name: /^Accept the answer by / }).click();
    await page.getByRole("status").filter({ hasText: "marked as accepted" }).waitFor();
    await mine.getByRole("article", { name: /^Accepted answer, by / }).waitFor();
    await expectAccessible(page, "item page with its discussion");
    await page.setViewportSize({ width: 320, height: 640 });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "page width at 320 px").toBeLessThanOrEqual(320);
  }, 120_000);
});
