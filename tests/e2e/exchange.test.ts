import {
  createCore,
  createS3Client,
  decodeSnapshot,
  loadConfig,
  searchQuerySchema,
} from "@alliance/core";
import { exchangeSearch } from "@alliance/core/exchange-search";
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
import { goToWorkspace } from "./menu.ts";

const webUrl = inject("webUrl");

const browser = chromiumForFile();

/**
 * The published titles in the search snapshot (decision 0026), which `pnpm dev`'s change
 * stream keeps current; and a fresh API process's core, which loads it on its first search.
 */
function freshApiCore() {
  const env = inject("apiEnv");
  const config = loadConfig(env);
  return createCore({ config, s3: createS3Client(config, env), search: exchangeSearch });
}
async function snapshotTitles(): Promise<string[]> {
  const snapshot = freshApiCore().exchange.searchSnapshot;
  const body = await snapshot?.read();
  if (!body) return [];
  const { items } = decodeSnapshot(body);
  return items.filter((item) => item.status === "published").map((item) => item.title);
}

/** A polite status or an alert that shows this text. */
function message(page: Page, role: "status" | "alert", text: string | RegExp) {
  return page.getByRole(role).filter({ hasText: text }).first();
}

describe("the exchange", () => {
  it("takes an item with a file from a contributor's draft to a reader's saved items", async () => {
    const run = Date.now().toString(36);
    const title = `Peer mentors in vocational schools ${run}`;

    // A contributor of Aarhus starts a draft, is told what is missing, completes it and submits it.
    const contributor = await openPage(browser());
    let page = contributor.page;
    await page.goto(`${webUrl}/sign-in?next=%2Fmy-city`);
    await signIn(page, demoUser("contributorA"));
    await expectHeading(page, /^My city.s items$/);
    await page.getByRole("link", { name: "Share a new item" }).click();
    await expectHeading(page, "Share a new item");
    await expectAccessible(page, "new item form (en)");

    await page.getByLabel("Title", { exact: true }).fill(title);
    await page.getByRole("button", { name: "Save draft" }).click();
    await expectHeading(page, `Edit “${title}”`);
    await message(page, "status", "Your draft is saved.").waitFor();

    // A saved draft takes files: presigned upload, then the server checks and lists it.
    await page.getByLabel("Add a file").setInputFiles({
      name: "mentoring-guide.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("How to mentor a first-year student: listen first.\n"),
    });
    await message(page, "status", "mentoring-guide.txt is attached.").waitFor();
    await page.getByRole("button", { name: "Remove mentoring-guide.txt" }).waitFor();

    await page.getByRole("button", { name: "Submit for review" }).click();
    const summary = page.locator(".error-summary");
    await summary.getByText("Write a summary of at least 20 characters").waitFor();
    await summary.getByText("Give a contact email address").waitFor();
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(title);
    await expectAccessible(page, "item form with errors (en)");

    await page
      .getByLabel("Summary", { exact: true })
      .fill("Trained older students coach first-year students who drift towards extremist groups.");
    await page
      .getByLabel("Description", { exact: true })
      .fill(
        "## How it works\n\nTwelve vocational schools pair **trained mentors** with students.\n\n- weekly meetings\n- a [guide](https://example.org/guide)",
      );
    await page.getByRole("group", { name: "Themes" }).getByLabel("Youth work").check();
    await page.getByRole("group", { name: "Themes" }).getByLabel("Education").check();
    await page
      .getByRole("group", { name: "Languages of the material" })
      .getByLabel("Danish", { exact: true })
      .check();
    await page.getByLabel("Contact name").fill("Jonas Lund");
    await page.getByLabel("Contact email address").fill("jonas.lund@aarhus.example");
    await page.getByRole("button", { name: "Submit for review" }).click();

    await page.waitForURL(/\/exchange\/items\/xch_[0-9A-Z]{26}$/);
    const itemUrl = page.url();
    await expectHeading(page, title);
    await message(page, "status", "Your item is submitted for review.").waitFor();
    await page.getByText("Status: Waiting for review.").waitFor();
    // The description's top heading sits one level below its section's "Description" (h2).
    await page.getByRole("heading", { level: 3, name: "How it works" }).waitFor();
    await expectAccessible(page, "own item, submitted (en)");

    await goToWorkspace(page, /^My city.s items$/);
    await expectHeading(page, /^My city.s items$/);
    await page.getByRole("link", { name: title, exact: true }).waitFor();
    await expectAccessible(page, "my city's items (en)");
    await contributor.context.close();

    // An administrator finds it in the moderation queue and approves it.
    const admin = await openPage(browser());
    page = admin.page;
    await page.goto(`${webUrl}/sign-in?next=%2Fmoderation`);
    await signIn(page, demoUser("admin"));
    await expectHeading(page, "Moderation");
    await page.getByRole("link", { name: title, exact: true }).waitFor();
    await expectAccessible(page, "moderation queue (en)");
    await page.getByRole("link", { name: title, exact: true }).click();
    await expectHeading(page, title);
    await page.getByRole("button", { name: "Send the review" }).waitFor();
    await expectAccessible(page, "item under review (en)");
    await page.getByLabel("Approve and publish").check();
    await page.getByRole("button", { name: "Send the review" }).click();
    await message(page, "status", "Approved: the item is published.").waitFor();
    await page.getByText(/^Approved by Daniel Okafor on /).waitFor();
    await admin.context.close();

    // pnpm dev's change stream writes it into the search snapshot; a fresh API process finds it.
    await expect.poll(snapshotTitles, { timeout: 20_000, interval: 250 }).toContain(title);
    const found = await freshApiCore().exchange.search(searchQuerySchema.parse({ q: run }));
    expect(found.items.map((item) => item.title)).toEqual([title]);

    // A signed-out visitor finds it with a filter and a keyword, in a URL that can be shared.
    const visitor = await openPage(browser());
    page = visitor.page;
    await page.goto(webUrl);
    await page.getByRole("navigation").getByRole("link", { name: "Exchange" }).click();
    await expectHeading(page, "The exchange");
    await message(page, "status", /items? found/).waitFor();
    await expectAccessible(page, "exchange list (en)");
    await page
      .getByRole("group", { name: "Theme" })
      .getByRole("checkbox", { name: /^Youth work/ })
      .check();
    await page.waitForURL(/[?&]theme=youth-work/);
    await page.getByLabel("Search the exchange").fill(run);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await page.waitForURL(new RegExp(`[?&]q=${run}`));
    await message(page, "status", "1 item found.").waitFor();
    const shared = page.url();
    await page.goto(shared);
    await message(page, "status", "1 item found.").waitFor();
    expect(
      await page
        .getByRole("group", { name: "Theme" })
        .getByRole("checkbox", { name: /^Youth work/ })
        .isChecked(),
    ).toBe(true);
    await page.getByRole("link", { name: title, exact: true }).click();
    await expectHeading(page, title);
    await page.getByRole("link", { name: "Sign in to see the contact person" }).waitFor();
    expect(await page.getByText("jonas.lund@aarhus.example").count()).toBe(0);
    const file = page.getByRole("link", { name: "mentoring-guide.txt" });
    const download = await page.request.get(
      new URL((await file.getAttribute("href")) ?? "", webUrl).href,
    );
    expect(download.status()).toBe(200);
    expect(await download.text()).toContain("How to mentor a first-year student");
    await expectAccessible(page, "item, signed out (en)");
    await visitor.context.close();

    // An elected representative (French interface) saves it and finds it under Saved.
    const reader = await openPage(browser());
    page = reader.page;
    await page.goto(itemUrl);
    await expectHeading(page, title);
    await page.getByRole("link", { name: "Sign in to see the contact person" }).click();
    await expectHeading(page, "Sign in");
    await signIn(page, demoUser("representative"));
    await page.locator("html[lang=fr]").waitFor({ state: "attached" });
    await expectHeading(page, title);
    await page.getByRole("link", { name: "jonas.lund@aarhus.example" }).waitFor();
    await page.getByRole("button", { name: "Enregistrer cette fiche" }).click();
    await message(page, "status", "Enregistrée.").waitFor();
    await page.getByRole("button", { name: "Retirer des fiches enregistrées" }).waitFor();
    await expectAccessible(page, "item, signed in (fr)");
    await page.getByRole("navigation").getByRole("link", { name: "Enregistrés" }).click();
    await expectHeading(page, "Fiches enregistrées");
    await page.getByRole("link", { name: title, exact: true }).waitFor();
    await expectAccessible(page, "saved items (fr)");
    await page.getByRole("navigation").getByRole("link", { name: "Échange" }).click();
    await expectHeading(page, "L’échange");
    await message(page, "status", /fiches? trouvées?/).waitFor();
    await expectAccessible(page, "exchange list (fr)");
    await reader.context.close();
  });

  it("shows a city's page with its items, and lets its contributor edit the description", async () => {
    const description = `Aarhus works with schools, families and the police in one model (${Date.now().toString(36)}).`;
    const { context, page } = await openPage(browser());
    await page.goto(`${webUrl}/sign-in?next=%2Fcities`);
    await signIn(page, demoUser("contributorA"));
    await expectHeading(page, "Member cities");
    await page.getByRole("link", { name: "Aarhus", exact: true }).click();
    await expectHeading(page, "Aarhus");
    await page.getByRole("heading", { level: 2, name: "Shared by this city" }).waitFor();
    // The seeded profiles make Malmö (youth work, families, Danish) one of Aarhus's matches.
    await page
      .getByRole("region", { name: "Cities like mine" })
      .getByRole("link", { name: "Malmö", exact: true })
      .waitFor();
    await page.getByRole("button", { name: "Edit the city’s profile" }).click();
    await page.getByLabel("Description").fill("Too short");
    await page.getByRole("button", { name: "Save the profile" }).click();
    await page
      .locator(".error-summary")
      .getByText("Write a description of 20 to 2,000 characters")
      .waitFor();
    await expectAccessible(page, "city profile form with an error (en)");
    await page.getByLabel("Description").fill(description);
    await page.getByRole("button", { name: "Save the profile" }).click();
    await message(page, "status", "The city’s profile is saved.").waitFor();
    await page.getByText(description).waitFor();
    await expectAccessible(page, "city page (en)");
    await context.close();
  });

  it("brings an admin's request for changes to the contributor, and keeps typed values on a stale edit", async () => {
    const run = Date.now().toString(36);
    const title = `Family counselling line ${run}`;
    const { context, page } = await openPage(browser());
    await page.goto(`${webUrl}/sign-in?next=%2Fexchange%2Fnew`);
    await signIn(page, demoUser("contributorA"));
    await expectHeading(page, "Share a new item");
    await page.getByLabel("Kind").selectOption({ label: "Resource" });
    await page.getByLabel("Title", { exact: true }).fill(title);
    await page
      .getByLabel("Summary", { exact: true })
      .fill("A phone line for parents who worry about a child's views.");
    await page
      .getByLabel("Description", { exact: true })
      .fill("Social workers answer on weekdays and refer callers to the right local service.");
    await page.getByRole("group", { name: "Themes" }).getByLabel("Family support").check();
    await page
      .getByRole("group", { name: "Languages of the material" })
      .getByLabel("English", { exact: true })
      .check();
    await page.getByLabel("Contact name").fill("Jonas Lund");
    await page.getByLabel("Contact email address").fill("jonas.lund@aarhus.example");
    await page.getByRole("button", { name: "Submit for review" }).click();
    await page.waitForURL(/\/exchange\/items\/xch_[0-9A-Z]{26}$/);
    const itemUrl = page.url();

    const admin = await openPage(browser());
    await admin.page.goto(
      `${webUrl}/sign-in?next=${encodeURIComponent(new URL(itemUrl).pathname)}`,
    );
    await signIn(admin.page, demoUser("admin"));
    await expectHeading(admin.page, title);
    await admin.page.getByLabel("Request changes").check();
    await admin.page.getByRole("button", { name: "Send the review" }).click();
    await admin.page
      .locator(".error-summary")
      .getByText("Tell the contributor what to change, in at least 5 characters")
      .waitFor();
    await admin.page
      .getByLabel("Comment for the contributor")
      .fill("Please name the opening hours.");
    await admin.page.getByRole("button", { name: "Send the review" }).click();
    await message(admin.page, "status", "Changes requested").waitFor();
    await admin.context.close();

    await page.reload();
    await expectHeading(page, title);
    await page.getByText("Status: Changes requested.").waitFor();
    await page.getByText("Please name the opening hours.").waitFor();
    await page.getByRole("link", { name: "Edit", exact: true }).click();
    await expectHeading(page, `Edit “${title}”`);

    // The same person edits in a second window; the first window's save is then stale.
    const second = await context.newPage();
    await second.goto(`${itemUrl}/edit`);
    await expectHeading(second, `Edit “${title}”`);
    await second.getByLabel("Title", { exact: true }).fill(`${title} (weekdays)`);
    await second.getByRole("button", { name: "Save draft" }).click();
    await message(second, "status", "Your changes are saved.").waitFor();

    const typed = "A phone line for parents, open on weekdays from 9 to 17.";
    await page.getByLabel("Summary", { exact: true }).fill(typed);
    await page.getByRole("button", { name: "Save draft" }).click();
    const conflict = page.getByRole("alert").filter({ hasText: "This item was changed elsewhere" });
    await conflict.waitFor();
    expect(await page.getByLabel("Summary", { exact: true }).inputValue()).toBe(typed);
    await expectAccessible(page, "item form with a conflict (en)");
    await conflict.getByRole("button", { name: "Reload the latest version" }).click();
    await message(page, "status", "We reloaded the latest version of the item.").waitFor();
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(
      `${title} (weekdays)`,
    );
    await context.close();
  });
});
