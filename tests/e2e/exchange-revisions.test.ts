import { signIn as signInWithApi } from "@alliance/dev";
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
const apiUrl = inject("apiUrl");
const browser = chromiumForFile();

/** A published Aarhus item made through the API (the workflow's own tests cover its screens). */
async function publishedItem(title: string): Promise<string> {
  const token = async (key: "contributorA" | "admin") => {
    const user = demoUser(key);
    return (await signInWithApi(inject("localCloud"), user.username, user.password)).accessToken;
  };
  const [contributor, admin] = await Promise.all([token("contributorA"), token("admin")]);
  const call = async (
    as: string,
    method: string,
    path: string,
    version?: number,
    body?: object,
  ) => {
    const response = await fetch(`${apiUrl}/api/exchange/items${path}`, {
      method,
      headers: {
        authorization: `Bearer ${as}`,
        "content-type": "application/json",
        ...(version && { "if-match": `"${version}"` }),
      },
      ...(body && { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`);
    return response.json();
  };
  const { itemId } = await call(contributor, "POST", "", undefined, { kind: "initiative", title });
  await call(contributor, "PATCH", `/${itemId}`, 1, {
    summary: "Youth workers hold open evenings where young people talk about the news.",
    description:
      "Every Tuesday evening two trained youth workers open the club and talk with young people about what worries them in the news.",
    themes: ["youth-work"],
    languages: ["en"],
    contact: { name: "Jonas Lund", role: "", email: "jonas.lund@aarhus.example" },
  });
  await call(contributor, "POST", `/${itemId}/submit`, 2);
  await call(admin, "POST", `/${itemId}/review`, 3, { decision: "approve" });
  return `${webUrl}/exchange/items/${itemId}`;
}

/** Nothing on the page is wider than a 320 px screen. */
async function expectNoSidewaysScroll(page: Page, label: string) {
  await page.setViewportSize({ width: 320, height: 800 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `sideways scroll at 320 px on ${label}`).toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1024, height: 800 });
}

describe("changes to a published item", () => {
  it("wait for the administrator, who reads them as a diff, while readers keep the published text", async () => {
    const run = Date.now().toString(36);
    const title = `Open evenings about the news ${run}`;
    const itemUrl = await publishedItem(title);
    const path = new URL(itemUrl).pathname;

    // The contributor proposes a new title and summary and submits them.
    const contributor = await openPage(browser());
    let page = contributor.page;
    await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent(path)}`);
    await signIn(page, demoUser("contributorA"));
    await expectHeading(page, title);
    await page.getByRole("link", { name: "Propose changes" }).click();
    await expectHeading(page, `Edit “${title}”`);
    await page.getByText("This item is published. Your changes are kept apart").waitFor();
    await page.getByLabel("Title", { exact: true }).fill(`Open evenings and weekend walks ${run}`);
    await page
      .getByLabel("Summary", { exact: true })
      .fill(
        "Youth workers hold open evenings and weekend walks where young people talk about the news.",
      );
    await page.getByRole("button", { name: "Save changes" }).click();
    await page.getByRole("status").filter({ hasText: "They are not published yet" }).waitFor();
    await page.getByRole("button", { name: "Submit the changes for review" }).click();
    await page.waitForURL(itemUrl);
    await expectHeading(page, title);
    const waiting = page.getByRole("region", { name: "Changes waiting to be published" });
    await waiting.getByText("They are waiting for an administrator’s review.").waitFor();
    await expectAccessible(page, "own published item with changes waiting (en)");
    await contributor.context.close();

    // A reader still reads the published text.
    const reader = await openPage(browser());
    await reader.page.goto(itemUrl);
    await expectHeading(reader.page, title);
    expect(await reader.page.getByText("weekend walks").count()).toBe(0);

    // The administrator finds the changes in the queue, reads the diff and approves.
    const admin = await openPage(browser());
    page = admin.page;
    await page.goto(`${webUrl}/sign-in?next=%2Fmoderation`);
    await signIn(page, demoUser("admin"));
    await expectHeading(page, "Moderation");
    const entry = page.getByRole("listitem").filter({ hasText: title });
    await entry.getByText("Changes waiting for review").waitFor();
    await expectAccessible(page, "moderation queue with a revision (en)");
    await entry.getByRole("link", { name: title, exact: true }).click();
    await expectHeading(page, title);
    const diff = page.getByRole("region", { name: "Changes waiting to be published" });
    const titleChange = diff.getByRole("region", { name: "Title" });
    await titleChange.locator("del").filter({ hasText: "news" }).waitFor();
    await titleChange.locator("ins").filter({ hasText: "walks" }).waitFor();
    // Said, not only shown: screen readers hear "added" and "removed".
    expect(await titleChange.locator("ins").first().textContent()).toContain("added");
    expect(await titleChange.locator("del").first().textContent()).toContain("removed");
    await diff.getByRole("region", { name: "Summary" }).locator("ins").first().waitFor();
    await expectAccessible(page, "item under review with a diff (en)");
    await expectNoSidewaysScroll(page, "item under review with a diff");
    await page.getByLabel("Approve and publish").check();
    await page.getByRole("button", { name: "Send the review" }).click();
    await page.getByRole("status").filter({ hasText: "Approved" }).waitFor();
    await admin.context.close();

    await reader.page.reload();
    await expectHeading(reader.page, `Open evenings and weekend walks ${run}`);
    await reader.page.getByText("weekend walks where young people").waitFor();
    await reader.context.close();
  });

  it("are not offered to another city's contributor, whose typed edit address says so", async () => {
    const title = `Open evenings elsewhere ${Date.now().toString(36)}`;
    const itemUrl = await publishedItem(title);
    const { context, page } = await openPage(browser());
    await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent(new URL(itemUrl).pathname)}`);
    await signIn(page, demoUser("contributorB"));
    await expectHeading(page, title);
    await page.getByRole("button", { name: "Save this item" }).waitFor();
    expect(await page.getByRole("link", { name: /Edit|Propose changes/ }).count()).toBe(0);
    expect(await page.getByLabel("Add a file").count()).toBe(0);
    await page.goto(`${itemUrl}/edit`);
    await expectHeading(page, "You can’t edit this item");
    expect(await page.getByLabel("Title", { exact: true }).count()).toBe(0);
    expect(await page.getByLabel("Add a file").count()).toBe(0);
    await expectAccessible(page, "edit refused (en)");
    await context.close();
  });
});

describe("a shared link to an item", () => {
  it("asks a visitor to sign in for a members-only item and brings them back to it", async () => {
    const { context, page } = await openPage(browser());
    const path = "/exchange/items/xch_01JD5EEDXCH0000000000000A2";
    await page.goto(`${webUrl}${path}`);
    await expectHeading(page, "An item for members");
    await page.getByText("This item is for members of the alliance. Sign in to read it.").waitFor();
    expect(await page.getByRole("button", { name: "Try again" }).count()).toBe(0);
    await expectAccessible(page, "members-only item, signed out (en)");
    await expectNoSidewaysScroll(page, "members-only item, signed out");
    await page.getByRole("link", { name: "Sign in to read it" }).click();
    await expectHeading(page, "Sign in");
    await signIn(page, demoUser("contributorB"));
    await page.waitForURL(`${webUrl}${path}`);
    await expectHeading(
      page,
      "Supporting people who come back: housing and work before anything else",
    );
    await context.close();
  });

  it("says that an unknown item does not exist, with a way back to the exchange", async () => {
    const { context, page } = await openPage(browser());
    await page.goto(`${webUrl}/exchange/items/xch_01J9ZC3V6D8R1F3W5S9K2M4N7P`);
    await expectHeading(page, "Item not found");
    await page.getByText("This item does not exist or was removed.").waitFor();
    await page.getByRole("link", { name: "Browse the exchange" }).waitFor();
    expect(await page.getByRole("button", { name: "Try again" }).count()).toBe(0);
    await expectAccessible(page, "unknown item (en)");
    await context.close();
  });
});
