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
const AARHUS = "cty_01JD5EEDC1TY0000000000AARH";

/** Signs `person` in on a new page and lands on `path`. */
async function signedInAt(person: Parameters<typeof signIn>[1], path: string): Promise<Page> {
  const { page } = await openPage(browser());
  await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent(path)}`);
  await signIn(page, person);
  return page;
}

const status = (page: Page, text: string) =>
  page.getByRole("status").filter({ hasText: text }).waitFor();

describe("an exchange request", () => {
  it("goes from a 'cities like mine' suggestion to a recorded outcome and an experience draft", async () => {
    const run = Date.now().toString(36);
    const question = `Could two of our youth workers spend a day with your street team? (${run})`;

    // A contributor of Aarhus asks Rotterdam, from the suggestions on their city's page.
    const asker = await signedInAt(demoUser("contributorA"), `/cities/${AARHUS}`);
    await expectHeading(asker, "Aarhus");
    await asker
      .getByRole("region", { name: "Cities like mine" })
      .getByRole("link", { name: "Ask Rotterdam for an exchange" })
      .click();
    await expectHeading(asker, "Ask Rotterdam for an exchange");
    await asker.getByRole("radio", { name: "A study visit" }).check();
    await asker.getByLabel("Theme").selectOption("youth-work");
    await asker.getByLabel("Your message").fill(question);
    await asker.getByLabel("First option: from").fill("2027-03-09");
    await asker.getByLabel("First option: to (optional)").fill("2027-03-11");
    await expectAccessible(asker, "new exchange request form");
    // By keyboard: from the last date to the send button.
    await asker.getByLabel("Second option: to (optional)").focus();
    await asker.keyboard.press("Tab");
    await asker.keyboard.press("Enter");
    await expectHeading(asker, "A study visit: Aarhus → Rotterdam");
    const requestUrl = asker.url();
    const conversation = asker.getByRole("region", { name: "Conversation" });
    await conversation
      .getByLabel("Message", { exact: true })
      .fill("Our plan: https://example.org/plan");
    await conversation.getByRole("button", { name: "Send", exact: true }).click();
    await conversation.getByRole("link", { name: "https://example.org/plan" }).waitFor();

    // A contributor of Rotterdam finds it among their city's requests and accepts it.
    const host = await signedInAt(demoUser("contributorB"), "/exchange-requests");
    await expectHeading(host, "My exchange requests");
    await host
      .getByRole("region", { name: "Asked of my city" })
      .getByRole("link", { name: /A study visit · Youth work · From Aarhus/ })
      .first()
      .waitFor();
    await host.goto(requestUrl);
    await expectHeading(host, "A study visit: Aarhus → Rotterdam");
    await host.getByText(question).waitFor();
    await host.getByRole("radio", { name: "Accept" }).check();
    await host.getByRole("button", { name: "Send the answer" }).click();
    await host.getByRole("heading", { level: 2, name: "Accepted" }).waitFor();
    const hostThread = host.getByRole("region", { name: "Conversation" });
    await hostThread.getByLabel("Message", { exact: true }).fill("Welcome! Tuesday suits us.");
    await hostThread.getByRole("button", { name: "Send", exact: true }).click();
    await hostThread.getByText("Welcome! Tuesday suits us.").waitFor();

    // After the visit, the asker records the outcome and drafts an experience from it.
    await asker.reload();
    await asker.getByText("Welcome! Tuesday suits us.").waitFor();
    await asker
      .getByLabel("What happened")
      .fill("A day with the street team; we will copy their evening rounds.");
    await asker.getByRole("checkbox", { name: "It was useful" }).check();
    await asker.getByRole("button", { name: "Record the outcome" }).click();
    await asker.getByRole("heading", { level: 2, name: "Done, outcome recorded" }).waitFor();
    await asker.getByRole("button", { name: "Turn into an experience draft" }).click();
    await status(asker, "Your city's experience draft was created");
    await expectAccessible(asker, "exchange request with its outcome");
    await asker.setViewportSize({ width: 320, height: 640 });
    const width = await asker.evaluate(() => document.documentElement.scrollWidth);
    expect(width, "request page width at 320 px").toBeLessThanOrEqual(320);
    await asker.setViewportSize({ width: 1280, height: 800 });
    await asker.getByRole("link", { name: "Open the experience draft" }).click();
    await expect
      .poll(() => asker.getByLabel("Title", { exact: true }).inputValue())
      .toBe("A study visit with Rotterdam on youth work");
  }, 180_000);
});
