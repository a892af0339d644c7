import { signIn as signInWithApi } from "@alliance/dev";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  chooseLanguage,
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

type Key = "contributorA" | "admin";
const tokenOf = async (key: Key) => {
  const user = demoUser(key);
  return (await signInWithApi(inject("localCloud"), user.username, user.password)).accessToken;
};

/** One call of the exchange API as `key`, with the item's version when it changes one. */
async function call(key: Key, method: string, path: string, version?: number, body?: object) {
  const response = await fetch(`${apiUrl}/api/exchange/items${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenOf(key)}`,
      "content-type": "application/json",
      ...(version && { "if-match": `"${version}"` }),
    },
    ...(body && { body: JSON.stringify(body) }),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${await response.text()}`);
  return response.json();
}

/** A published Aarhus item written in French, made through the API. */
async function frenchItem(title: string): Promise<string> {
  const { itemId } = await call("contributorA", "POST", "", undefined, {
    kind: "initiative",
    title,
  });
  await call("contributorA", "PATCH", `/${itemId}`, 1, {
    summary:
      "Des animateurs ouvrent le club le mardi soir pour parler de l'actualité avec les jeunes.",
    description:
      "Chaque mardi soir, deux animateurs formés ouvrent le club et parlent avec les jeunes de ce qui les inquiète dans l'actualité.",
    themes: ["youth-work"],
    languages: ["fr"],
    contact: { name: "Jonas Lund", role: "", email: "jonas.lund@aarhus.example" },
  });
  await call("contributorA", "POST", `/${itemId}/submit`, 2);
  await call("admin", "POST", `/${itemId}/review`, 3, { decision: "approve" });
  return itemId;
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

describe("translations of an exchange item", () => {
  it("are added by the city, read in German with the original a click away, and found by a German search", async () => {
    const run = Date.now().toString(36);
    const french = `Soirées ouvertes sur l'actualité ${run}`;
    const german = `Offene Abende über Nachrichten ${run}`;
    const itemId = await frenchItem(french);
    const itemUrl = `${webUrl}/exchange/items/${itemId}`;

    // The contributor adds a German translation in the item's editor and submits it.
    const contributor = await openPage(browser());
    let page = contributor.page;
    await page.goto(
      `${webUrl}/sign-in?next=${encodeURIComponent(`/exchange/items/${itemId}/edit`)}`,
    );
    await signIn(page, demoUser("contributorA"));
    await expectHeading(page, `Edit “${french}”`);
    const section = page.getByRole("region", { name: "Translations" });
    await section.getByText("No translations yet.").waitFor();
    // Its own language is not offered.
    expect(
      await section.getByLabel("Language").locator("option", { hasText: "French" }).count(),
    ).toBe(0);
    await section.getByLabel("Language").selectOption({ label: "German" });
    // A title too short is refused in the form, and what was typed stays.
    await section.getByLabel("Translated title").fill("Of");
    await section
      .getByLabel("Translated summary")
      .fill("Jugendarbeiter öffnen den Klub am Dienstagabend.");
    await section.getByRole("button", { name: "Save translation" }).click();
    await section.locator('#translation-title[aria-invalid="true"]').waitFor();
    expect(await section.getByLabel("Translated summary").inputValue()).toContain("Dienstagabend");
    await section.getByLabel("Translated title").fill(german);
    await section
      .getByLabel("Translated description")
      .fill(
        "Jeden Dienstagabend öffnen zwei geschulte Jugendarbeiter den Klub und sprechen mit den Jugendlichen über die Nachrichten.",
      );
    await section.getByRole("button", { name: "Save translation" }).click();
    await section
      .getByRole("status")
      .filter({ hasText: "The German translation is saved with your changes" })
      .waitFor();
    await section.getByRole("button", { name: "Edit the German translation" }).waitFor();
    await expectAccessible(page, "item editor with a translation (en)");
    await expectNoSidewaysScroll(page, "item editor with a translation");
    await page.getByRole("button", { name: "Submit the changes for review" }).click();
    await page.waitForURL(itemUrl);
    await contributor.context.close();

    // An administrator approves (the review screens have their own test).
    const { version } = await call("admin", "GET", `/${itemId}`);
    await call("admin", "POST", `/${itemId}/review`, version, { decision: "approve" });

    // A reader in German reads the translation, told it is one, and can read the original.
    const reader = await openPage(browser());
    page = reader.page;
    await page.goto(`${webUrl}/exchange`);
    await page.locator("html[data-ready]").waitFor({ state: "attached" });
    await chooseLanguage(page, "Deutsch");
    await page.locator('html[lang="de"]').waitFor({ state: "attached" });
    await page.goto(itemUrl);
    await expectHeading(page, german);
    await page.getByText("Übersetzung; Original auf Französisch").waitFor();
    await expectAccessible(page, "translated item (de)");
    await expectNoSidewaysScroll(page, "translated item (de)");
    const toggle = page.getByRole("button", { name: "Original anzeigen" });
    await toggle.focus();
    await page.keyboard.press("Enter");
    await expectHeading(page, french);
    await page.getByText("Originaltext").waitFor();
    await page.getByRole("button", { name: "Übersetzung anzeigen" }).click();
    await expectHeading(page, german);

    // A German search finds the French item, under its German title.
    await page.goto(`${webUrl}/exchange?q=${encodeURIComponent(`Nachrichten ${run}`)}`);
    const hit = page.getByRole("link", { name: german });
    await hit.waitFor();
    await page.getByText("Übersetzung; Original auf Französisch").first().waitFor();

    // The city changes the original's description (approved as any change): the German
    // reader is told the translation may be out of date, with the way to the original.
    await reviseAndApprove(itemId, {
      description:
        "Chaque mardi et chaque jeudi soir, deux animateurs formés ouvrent le club et parlent avec les jeunes.",
    });
    await page.goto(itemUrl);
    await expectHeading(page, german);
    const note = page.getByText(
      "Das Original wurde geändert, seit diese Übersetzung erstellt wurde; sie ist möglicherweise nicht mehr aktuell.",
    );
    await note.waitFor();
    await expectAccessible(page, "out-of-date translation (de)");
    await expectNoSidewaysScroll(page, "out-of-date translation (de)");
    await page.getByRole("button", { name: "Original lesen (Französisch)" }).click();
    await expectHeading(page, french);
    expect(await note.count()).toBe(0);

    // The contributor's editor says which translation needs an update; saving it clears the mark.
    const city = await openPage(browser());
    const editor = city.page;
    await editor.goto(
      `${webUrl}/sign-in?next=${encodeURIComponent(`/exchange/items/${itemId}/edit`)}`,
    );
    await signIn(editor, demoUser("contributorA"));
    await expectHeading(editor, `Edit “${french}”`);
    const translations = editor.getByRole("region", { name: "Translations" });
    await translations.getByText("1 translation needs an update", { exact: false }).waitFor();
    const entry = translations.getByRole("listitem").filter({ hasText: german });
    await entry.getByText("Needs an update").waitFor();
    await expectAccessible(editor, "item editor with a translation to update");
    await expectNoSidewaysScroll(editor, "item editor with a translation to update");
    await entry.getByRole("button", { name: "Edit the German translation" }).click();
    await translations
      .getByLabel("Translated description")
      .fill(
        "Jeden Dienstag- und Donnerstagabend öffnen zwei geschulte Jugendarbeiter den Klub und sprechen mit den Jugendlichen.",
      );
    await translations.getByRole("button", { name: "Save translation" }).click();
    await translations
      .getByRole("status")
      .filter({ hasText: "The German translation is saved with your changes" })
      .waitFor();
    expect(await translations.getByText("Needs an update").count()).toBe(0);
    expect(await translations.getByText("need an update", { exact: false }).count()).toBe(0);
    await city.context.close();

    // Once approved, the German reader meets no note.
    const { version: latest } = await call("contributorA", "GET", `/${itemId}`);
    await call("contributorA", "POST", `/${itemId}/submit`, latest);
    await call("admin", "POST", `/${itemId}/review`, latest + 1, { decision: "approve" });
    await page.getByRole("button", { name: "Übersetzung anzeigen" }).click();
    await expectHeading(page, german);
    await page.reload();
    await expectHeading(page, german);
    await page.getByText("Übersetzung; Original auf Französisch").waitFor();
    expect(await note.count()).toBe(0);
    await reader.context.close();
  });
});

/** A change of a published item's text by its city, submitted and approved. */
async function reviseAndApprove(itemId: string, patch: object): Promise<void> {
  const { version } = await call("contributorA", "GET", `/${itemId}`);
  await call("contributorA", "PATCH", `/${itemId}`, version, patch);
  await call("contributorA", "POST", `/${itemId}/submit`, version + 1);
  await call("admin", "POST", `/${itemId}/review`, version + 2, { decision: "approve" });
}
