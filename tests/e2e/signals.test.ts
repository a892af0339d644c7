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
const THIS_MONTH = new Date().toISOString().slice(0, 7);

/** Signs `person` in on a new page (of `width` CSS pixels) and lands on `path`. */
async function signedInAt(person: Parameters<typeof signIn>[1], path: string, width = 1280) {
  const { page } = await openPage(browser());
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent(path)}`);
  await signIn(page, person);
  return page;
}

const noSidewaysScroll = async (page: Page, label: string) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `page width of ${label}`,
  ).toBeLessThanOrEqual(320);

describe("the early-warning picture", () => {
  it("records an observation (a phone number refused), an administrator approves it, and the picture shows it", async () => {
    const note = `More stickers near the stations than last month (${Date.now().toString(36)}).`;

    // A contributor of Aarhus records an observation, on a phone-sized screen.
    const city = await signedInAt(demoUser("contributorA"), "/signals/new", 320);
    await expectHeading(city, "Record an observation");
    await city.getByRole("heading", { name: "Trends, never people" }).waitFor();
    await city.getByLabel("Theme").selectOption("hate-incidents");
    await city.getByLabel("Area of the city").fill("Central districts");
    await city.getByRole("radio", { name: "Rising" }).check();
    await city.getByRole("radio", { name: "medium" }).check();
    await city.getByLabel("Short note").fill("Call the organiser on +45 20 12 34 56 for the list.");
    await expectAccessible(city, "observation form at 320 px");
    await noSidewaysScroll(city, "the observation form");
    // By keyboard: from the note to the send button.
    await city.getByLabel("Short note").focus();
    await city.keyboard.press("Tab");
    await city.keyboard.press("Enter");
    // The screen's reason, on the field, in the form's words.
    await city.getByText("It contains a phone number. Leave it out.").first().waitFor();
    expect(city.url()).toContain("/signals/new");
    await city.getByLabel("Short note").fill(note);
    await city.getByRole("button", { name: "Send for review" }).click();
    await expectHeading(city, "My city’s observations");
    const mine = city.getByRole("listitem").filter({ hasText: note });
    await mine.getByText("Waiting for review").waitFor();
    await expectAccessible(city, "my city's observations");

    // An administrator approves it from the review queue.
    const admin = await signedInAt(demoUser("admin"), "/signals/review");
    await expectHeading(admin, "Observations to review");
    const entry = admin.getByRole("listitem").filter({ hasText: note });
    await expectAccessible(admin, "review queue");
    await entry.getByRole("button", { name: "Approve" }).click();
    await entry.waitFor({ state: "detached" });

    // The city's list says so, and Denmark's cell this month counts four cities.
    await city.reload();
    await city.getByRole("listitem").filter({ hasText: note }).getByText("Approved").waitFor();
    await city.goto(`${webUrl}/signals?theme=hate-incidents`);
    await expectHeading(city, "Early-warning picture");
    const denmark = city.getByRole("region", { name: "Denmark" });
    await denmark.getByText(`${THIS_MONTH}: rising, intensity medium (4 cities)`).waitFor();
    await city.getByRole("img", { name: `Hate incidents in ${THIS_MONTH}, by country` }).waitFor();
    await expectAccessible(city, "the picture at 320 px");
    await noSidewaysScroll(city, "the picture");
    // Two Swedish cities are too few: the cell says so, with no figure.
    await city.getByLabel("Theme").selectOption("tensions-between-groups");
    const sweden = city.getByRole("region", { name: "Sweden" });
    await sweden.getByText(`${THIS_MONTH}: not enough observations`).waitFor();
    expect(await sweden.textContent()).not.toMatch(/cities\)/);
  });

  it("an administrator sends an observation back; the city edits it and sends it again, and it is back in the queue", async () => {
    const stamp = Date.now().toString(36);
    const note = `Leaflets handed out outside two schools (${stamp}).`;
    const reason = `Say which kind of leaflets, without naming anyone (${stamp}).`;
    const edited = `Leaflets of a recruiting group outside two schools (${stamp}).`;

    const city = await signedInAt(demoUser("contributorA"), "/signals/new");
    await city.getByLabel("Theme").selectOption("recruitment-attempts");
    await city.getByLabel("Area of the city").fill("Northern districts");
    await city.getByLabel("Short note").fill(note);
    await city.getByRole("button", { name: "Send for review" }).click();
    await expectHeading(city, "My city’s observations");
    await city.getByText("Your observation was sent for review.").waitFor();

    // The administrator sends it back with a reason.
    const admin = await signedInAt(demoUser("admin"), "/signals/review");
    await expectHeading(admin, "Observations to review");
    const queued = admin.getByRole("listitem").filter({ hasText: note });
    await queued.getByLabel("Reason for sending it back").fill(reason);
    await queued.getByRole("button", { name: "Send back" }).click();
    await queued.waitFor({ state: "detached" });

    // The city sees it sent back with the reason, and opens the edit form by keyboard.
    await city.setViewportSize({ width: 320, height: 900 });
    await city.reload();
    const mine = city.getByRole("listitem").filter({ hasText: note });
    await mine.getByText("Sent back", { exact: true }).waitFor();
    await mine.getByText(reason).waitFor();
    const editLink = mine.getByRole("link", { name: "Edit and send for review again" });
    await editLink.focus();
    await city.keyboard.press("Enter");
    await expectHeading(city, "Edit an observation");
    await city
      .getByRole("heading", { name: "An administrator sent this observation back" })
      .waitFor();
    await city.getByText(reason).waitFor();
    expect(await city.getByLabel("Short note").inputValue()).toBe(note);
    expect(await city.getByLabel("Area of the city").inputValue()).toBe("Northern districts");
    expect(await city.getByLabel("Theme").inputValue()).toBe("recruitment-attempts");
    await expectAccessible(city, "editing a sent-back observation at 320 px");
    await noSidewaysScroll(city, "the edit form");

    // The same screen as on recording: an e-mail address is refused, and why.
    await city.getByLabel("Short note").fill(`${edited} Write to someone@example.org.`);
    await city.getByRole("button", { name: "Send for review again" }).click();
    await city.getByText("It contains an e-mail address. Leave it out.").first().waitFor();
    await city.getByLabel("Short note").fill(edited);
    await city.getByLabel("Short note").focus();
    await city.keyboard.press("Tab");
    await city.keyboard.press("Enter");
    await expectHeading(city, "My city’s observations");
    await city.getByText("Your observation was sent for review again.").waitFor();
    const resent = city.getByRole("listitem").filter({ hasText: edited });
    await resent.getByText("Waiting for review").waitFor();
    expect(await resent.textContent()).not.toContain(reason);

    // It is back in the administrators' queue, as edited.
    await admin.reload();
    await admin
      .getByRole("listitem")
      .filter({ hasText: edited })
      .getByRole("button", { name: "Approve" })
      .waitFor();
    expect(await admin.getByRole("listitem").filter({ hasText: note }).count()).toBe(0);
  });

  it("says why the picture did not load, and loads it on Try again", async () => {
    const page = await signedInAt(demoUser("contributorB"), "/profile");
    await expectHeading(page, "My profile");
    const picture = (url: URL) => url.pathname.startsWith("/api/signals/picture");
    await page.route(picture, (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({ title: "Service Unavailable", status: 503, code: "unavailable" }),
      }),
    );
    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "Early warning" })
      .click();
    await expectHeading(page, "Early-warning picture");
    const retry = page.getByRole("button", { name: "Try again" });
    await retry.waitFor();
    await expectAccessible(page, "picture failing");
    await page.unroute(picture);
    await retry.click();
    await page.getByRole("img").first().waitFor();
  });
});
