import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
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
const contexts: BrowserContext[] = [];

afterAll(async () => {
  for (const context of contexts) await context.close();
});

/** Signs `person` in on a new page and lands on `path`. */
async function signedInAt(person: Parameters<typeof signIn>[1], path: string): Promise<Page> {
  const { context, page } = await openPage(browser());
  contexts.push(context);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: webUrl });
  await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent(path)}`);
  await signIn(page, person);
  await page.waitForURL((url) => url.pathname === path);
  return page;
}

const status = (page: Page, text: string | RegExp) =>
  page.getByRole("status").filter({ hasText: text }).waitFor();

const noSidewaysScroll = async (page: Page, label: string) =>
  expect(
    await page.evaluate(() => document.documentElement.scrollWidth),
    `page width of ${label}`,
  ).toBeLessThanOrEqual(320);

describe("events in the browser", () => {
  const run = Date.now().toString(36);
  const title = `One place in Lisbon (${run})`;
  const link = `https://meet.example.org/lisbon-${run}`;
  let eventPath = "";

  it("an organiser creates and publishes an event with one place", async () => {
    const organiser = await signedInAt(demoUser("trainer"), "/events/new");
    await expectHeading(organiser, "Create an event");
    await organiser.getByLabel("Type").selectOption("workshop");
    await organiser.getByLabel("Title").fill(title);
    await organiser
      .getByLabel("Description")
      .fill("A morning on working with schools, for one elected representative.");
    await organiser.getByLabel("Language of the event").selectOption("en");
    await organiser.getByRole("checkbox", { name: "Youth work" }).check();
    await organiser.getByLabel("Time zone of the venue").selectOption("Europe/Lisbon");
    await organiser.getByLabel("Starts").fill("2031-05-12T09:00");
    await organiser.getByLabel("Ends").fill("2031-05-12T12:30");
    await organiser.getByLabel("Registration closes").fill("2031-05-05T23:59");
    await organiser.getByLabel("Number of places").fill("1");
    await organiser.getByLabel("Online link (https)").fill(link);
    await organiser.getByRole("checkbox", { name: "The event has a venue" }).uncheck();
    await expectAccessible(organiser, "the new event form");
    await organiser.getByRole("button", { name: "Create the draft" }).click();

    await expectHeading(organiser, title);
    eventPath = new URL(organiser.url()).pathname;
    expect(eventPath).toMatch(/^\/events\/evt_/);
    await organiser.getByText("This event is a draft").waitFor();
    await organiser.getByText(/12:30.*\(venue time, Europe\/Lisbon\)/).waitFor();
    await organiser.getByRole("button", { name: "Publish the event" }).click();
    await organiser.getByText("This event is a draft").waitFor({ state: "detached" });
    await organiser.getByRole("button", { name: "Cancel the event…" }).waitFor();
  });

  it("gives the place to A, puts B on the waiting list, and promotes B when A cancels", async () => {
    expect(eventPath, "the event of the first test").not.toBe("");
    const a = await signedInAt(demoUser("contributorB"), eventPath);
    await expectHeading(a, title);
    await a.getByText("1 place left of 1.").waitFor();
    await a.getByRole("button", { name: "Register", exact: true }).click();
    await status(a, "You are registered.");
    // Registered people see the online link.
    await a.getByRole("link", { name: link }).waitFor();

    const b = await signedInAt(demoUser("contributorA"), eventPath);
    await expectHeading(b, title);
    await b.getByText("0 places left of 1.").waitFor();
    expect(await b.getByRole("link", { name: link }).count()).toBe(0);
    await b.getByRole("button", { name: "Join the waiting list" }).click();
    await status(b, "You are on the waiting list, number 1.");
    await expectAccessible(b, "the event page, on the waiting list");

    await a.reload();
    await expectHeading(a, title);
    await a.getByRole("button", { name: "Cancel my registration" }).click();
    await a.getByRole("button", { name: "Join the waiting list" }).waitFor();
    expect(await a.getByRole("link", { name: link }).count()).toBe(0);

    await b.reload();
    await expectHeading(b, title);
    await status(b, "You are registered.");
    await b.getByRole("link", { name: link }).waitFor();

    // The organiser sees B registered and marks their attendance.
    const organiser = await signedInAt(demoUser("trainer"), `${eventPath}/registrations`);
    await expectHeading(organiser, `Registrations: ${title}`);
    const attended = organiser.getByRole("checkbox", { name: "Jonas Lund attended" });
    await attended.check();
    await expect.poll(() => attended.getAttribute("aria-busy")).toBeNull();
    await organiser.reload();
    await expectHeading(organiser, `Registrations: ${title}`);
    expect(await attended.isChecked()).toBe(true);
    await expectAccessible(organiser, "the registrations page");
  });

  it("lists B's events and makes, copies and revokes their private calendar feed", async () => {
    const b = await signedInAt(demoUser("contributorA"), "/my-events");
    await expectHeading(b, "My events");
    await b
      .getByRole("region", { name: "Events I registered for" })
      .getByRole("link", { name: title })
      .waitFor();
    const feed = b.getByRole("region", { name: "My private calendar feed" });
    await feed.getByRole("button", { name: /^(Make my feed address|Make a new address)$/ }).click();
    const address = await feed.getByLabel("Feed address").inputValue();
    expect(address).toMatch(/\/api\/calendar-feeds\/[A-Za-z0-9_-]{43}$/);
    const file = await fetch(address);
    expect(file.status).toBe(200);
    expect(await file.text()).toContain(title);
    await feed.getByRole("button", { name: "Copy the address" }).click();
    await status(b, "Address copied.");
    await expectAccessible(b, "my events with the feed");
    await feed.getByRole("button", { name: "Revoke my feed" }).click();
    await status(b, "Your feed is revoked");
    expect((await fetch(address)).status).toBe(404);
  });

  it("shows the catalogue and the event at 320 px without sideways scroll, axe-clean", async () => {
    const context = await browser().newContext({
      locale: "en-GB",
      viewport: { width: 320, height: 640 },
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${webUrl}/events?type=workshop`);
    await expectHeading(page, "Events");
    await page.getByRole("link", { name: title }).waitFor();
    await noSidewaysScroll(page, "/events");
    await expectAccessible(page, "the events catalogue at 320 px");
    await page.getByRole("link", { name: title }).click();
    await expectHeading(page, title);
    await page.getByRole("link", { name: "Sign in to register" }).waitFor();
    await noSidewaysScroll(page, eventPath);
    await expectAccessible(page, "an event at 320 px");
  });

  it("an organiser adds a material to a past event and a member downloads it", async () => {
    // The seeded study visit of Rotterdam (demo-events.ts), over since 2025.
    const pastPath = "/events/evt_01JD5EEDEVT000000000000003";
    const pastTitle = "A day with Rotterdam's street team";
    const handout = `Street team handout (${run})`;
    const pdf = Buffer.from("%PDF-1.7\n% The street team's handout\n%%EOF\n");

    const organiser = await signedInAt(demoUser("contributorB"), pastPath);
    await organiser.setViewportSize({ width: 320, height: 800 });
    await expectHeading(organiser, pastTitle);
    const materials = organiser.getByRole("region", { name: "Materials" });
    await materials.getByLabel("Title").fill(handout);
    await materials.getByLabel("File").setInputFiles({
      name: "street-team-handout.pdf",
      mimeType: "application/pdf",
      buffer: pdf,
    });
    await materials.getByRole("button", { name: "Add the material" }).press("Enter");
    await status(organiser, `“${handout}” is added.`);
    await materials.getByRole("link", { name: handout }).waitFor();
    await materials.getByText("(PDF, 43 B)").waitFor();
    await noSidewaysScroll(organiser, `${pastPath} (organiser)`);
    await expectAccessible(organiser, "a past event's materials, as its organiser at 320 px");

    const member = await signedInAt(demoUser("contributorA"), pastPath);
    await expectHeading(member, pastTitle);
    const link = member
      .getByRole("region", { name: "Materials" })
      .getByRole("link", { name: handout });
    expect(await member.getByRole("button", { name: `Remove “${handout}”` }).count()).toBe(0);
    const [file] = await Promise.all([member.waitForEvent("download"), link.click()]);
    expect(file.suggestedFilename()).toBe("street-team-handout.pdf");
    expect(await readFile(await file.path())).toEqual(pdf);
    // The slides the seed keeps on the visit (demo-events.ts) download as a PDF too.
    const seeded = member
      .getByRole("region", { name: "Materials" })
      .getByRole("link", { name: "Slides of the day: the street team's way of working" });
    const [slides] = await Promise.all([member.waitForEvent("download"), seeded.click()]);
    expect(slides.suggestedFilename()).toBe("rotterdam-street-team.pdf");
    expect((await readFile(await slides.path())).subarray(0, 5).toString()).toBe("%PDF-");
    await expectAccessible(member, "a past event's materials, as a member");
  });

  it("reads in French, with dates in French", async () => {
    const context = await browser().newContext({
      locale: "fr-FR",
      viewport: { width: 320, height: 640 },
    });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${webUrl}${eventPath}`);
    await expectHeading(page, title);
    await page.getByText(/mai 2031.*\(heure du lieu, Europe\/Lisbon\)/).waitFor();
    await page.getByRole("button", { name: "Ajouter à mon agenda (.ics)" }).waitFor();
    await noSidewaysScroll(page, `${eventPath} (fr)`);
    await expectAccessible(page, "an event in French");
  });
});
