import { createUser, DEMO_ITEMS, signIn as signInWithApi } from "@alliance/dev";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import {
  chooseLanguage,
  chromiumForFile,
  demoUser,
  expectAccessible,
  expectHeading,
  focused,
  openPage,
  signIn,
} from "./browser.ts";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const browser = chromiumForFile();
/** A public item of Aarhus, whose contributor (demo-aarhus, Jonas Lund) answers questions on it. */
const item = DEMO_ITEMS.find((each) => each.itemId.endsWith("A1"));
const subject = `item:${item?.itemId}`;

/** aws-ses-v2-local, where the stack's `email` consumer sends (decision 0073): its web inbox at `/`. */
const mailbox = inject("localCloud").endpoints.ses;

async function tokenOf(person: { username: string; password: string }) {
  return (await signInWithApi(inject("localCloud"), person.username, person.password)).accessToken;
}

async function call<T>(token: string, method: string, path: string, body?: object): Promise<T> {
  const response = await fetch(`${apiUrl}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body && { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * A new member who asks `questions` questions on the item, each answered by the item's
 * city: the change stream's `notifications` consumer (run by the e2e stack as in
 * `pnpm dev`) tells the asker of each answer. Waits until they are all in the inbox.
 */
async function askerWithAnswers(run: string, questions: number) {
  const asker = {
    username: `e2e-inbox-${run}`,
    password: "Test-pass-2026",
    email: `e2e-inbox-${run}@alliance.example`,
  };
  await createUser(inject("localCloud"), { ...asker, groups: [] });
  const [mine, city] = await Promise.all([tokenOf(asker), tokenOf(demoUser("contributorA"))]);
  const { userId } = await call<{ userId: string }>(mine, "GET", "/me");
  for (let index = 1; index <= questions; index += 1) {
    const { questionId } = await call<{ questionId: string }>(
      mine,
      "POST",
      `/discussions/${subject}/questions`,
      { title: `Question ${index} of ${run}`, body: "How did you find the first volunteers?" },
    );
    await call(city, "POST", `/discussions/${subject}/questions/${questionId}/answers`, {
      body: "Through the sports clubs of the neighbourhood.",
    });
  }
  await expect
    .poll(
      async () =>
        (await call<{ unread: number }>(mine, "GET", "/me/notifications/unread-count")).unread,
      {
        timeout: 60_000,
        interval: 500,
      },
    )
    .toBe(questions);
  return { asker, userId, token: mine };
}

async function signedIn(person: { username: string; password: string }): Promise<Page> {
  const { page } = await openPage(browser());
  await page.goto(`${webUrl}/sign-in`);
  await signIn(page, person);
  await page.getByRole("status").filter({ hasText: "You are signed in." }).waitFor();
  return page;
}

const bell = (page: Page, name: string) =>
  page.getByRole("banner").getByRole("link", { name, exact: true });

const choice = (page: Page, kind: string, delivery: string) =>
  page.getByRole("group", { name: kind }).getByRole("radio", { name: delivery });

describe("notifications in the header, the inbox and the profile", () => {
  it("shows the unread count, lists the answers, marks one and then all read", async () => {
    const run = Date.now().toString(36);
    const { asker } = await askerWithAnswers(run, 3);
    const page = await signedIn(asker);

    await bell(page, "Notifications, 3 unread").click();
    await expectHeading(page, "Notifications");
    const entries = page.locator("main li.notification");
    await expect.poll(() => entries.count()).toBe(3);
    await expect
      .poll(() => page.getByRole("link", { name: "Jonas Lund answered your question." }).count())
      .toBe(3);
    // Unread is said in words, not only by colour.
    expect(await entries.getByText("New", { exact: true }).count()).toBe(3);
    await expectAccessible(page, "inbox with unread notifications (en)");

    // By keyboard: once marked, focus moves from the button (now gone) to the sentence.
    await entries.first().getByRole("button", { name: "Mark as read" }).focus();
    await page.keyboard.press("Enter");
    await bell(page, "Notifications, 2 unread").waitFor();
    await expect
      .poll(async () => (await focused(page)).text)
      .toBe("Jonas Lund answered your question.");
    await expect.poll(() => entries.getByText("New", { exact: true }).count()).toBe(2);

    // "Mark all as read" with the keyboard.
    await page.getByRole("button", { name: "Mark all as read" }).focus();
    expect(await focused(page)).toMatchObject({ tag: "button", text: "Mark all as read" });
    await page.keyboard.press("Enter");
    await page
      .getByRole("status")
      .filter({ hasText: "All your notifications are marked as read." })
      .waitFor();
    await bell(page, "Notifications").waitFor();
    expect(await focused(page)).toMatchObject({ tag: "button", text: "Mark all as read" });
    expect(await entries.getByText("New", { exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Mark as read" }).count()).toBe(0);

    // A notification leads to what it is about.
    await entries.first().getByRole("link").click();
    await expectHeading(page, item?.fields.title ?? "");
    await page.context().close();
  });

  it("sends the answer by e-mail, whose link stops that kind for its person only; choices survive a reload", async () => {
    const run = Date.now().toString(36);
    const { asker, token } = await askerWithAnswers(run, 1);

    // The e-mail arrives in the local SES emulator's inbox, read there as a person would.
    const inbox = await openPage(browser());
    await inbox.page.goto(mailbox);
    const mail = inbox.page.locator(".email").filter({ hasText: asker.email });
    await mail.waitFor({ timeout: 60_000 });
    expect(await mail.count()).toBe(1); // once, however the stream batch was retried
    await mail.getByText("Subject: Jonas Lund answered your question").waitFor();
    await mail.getByRole("button", { name: "Toggle text view" }).click();
    // biome-ignore lint/performance/useDomNodeTextContent: the text as shown; its line breaks are <br>s
    const text = (await mail.locator(".email-text").innerText()).trim();
    expect(text).toContain(`Open it: ${webUrl}/`);
    const unsubscribe = /Stop e-mails of this kind: (\S+)/u.exec(text)?.[1] ?? "";
    expect(unsubscribe.startsWith(`${webUrl}/unsubscribe/`)).toBe(true);
    await inbox.context.close();

    // Its link, opened by someone else signed in on this device, stops it for the asker only.
    const other = await signedIn(demoUser("trainer"));
    await other.goto(unsubscribe);
    await expectHeading(other, "Stop these e-mails");
    await expectAccessible(other, "unsubscribe landing page (en)");
    await other.getByRole("button", { name: "Stop these e-mails" }).click();
    await other
      .getByRole("status")
      .filter({ hasText: "e-mails for “An answer to my question” are now off" })
      .waitFor();
    await other.getByRole("link", { name: "Your e-mail choices in your profile" }).waitFor();
    const trainer = await tokenOf(demoUser("trainer"));
    expect(
      (await call<Record<string, string>>(trainer, "GET", "/me/notification-preferences"))[
        "discussion-answer"
      ],
    ).toBe("immediately");
    // A link nobody sent says so.
    await other.goto(`${webUrl}/unsubscribe/${"A".repeat(43)}`);
    await expectHeading(other, "Stop these e-mails");
    await other.getByRole("button", { name: "Stop these e-mails" }).click();
    await other
      .getByRole("alert")
      .filter({ hasText: "This link is not valid or has expired." })
      .waitFor();
    await other.context().close();

    const page = await signedIn(asker);
    await page.goto(`${webUrl}/profile`);
    await expectHeading(page, "My profile");
    await page.getByRole("heading", { level: 2, name: "E-mail notifications" }).waitFor();
    expect(await choice(page, "An answer to my question", "Off").isChecked()).toBe(true);
    expect(
      await choice(page, "A new message in an exchange request", "Immediately").isChecked(),
    ).toBe(true);
    await choice(page, "A new message in an exchange request", "Off").check();
    await choice(page, "An event I registered for is cancelled", "Daily digest").check();
    await page.getByRole("button", { name: "Save e-mail choices" }).click();
    await page.getByRole("status").filter({ hasText: "Your e-mail choices are saved." }).waitFor();
    await expectAccessible(page, "profile with e-mail choices (en)");

    await page.reload();
    await page.getByRole("heading", { level: 2, name: "E-mail notifications" }).waitFor();
    await expect
      .poll(() => choice(page, "A new message in an exchange request", "Off").isChecked())
      .toBe(true);
    expect(
      await choice(page, "An event I registered for is cancelled", "Daily digest").isChecked(),
    ).toBe(true);
    expect(await choice(page, "An answer to my question", "Off").isChecked()).toBe(true);
    const stored = await call<Record<string, string>>(token, "GET", "/me/notification-preferences");
    expect(stored).toMatchObject({
      "discussion-answer": "off",
      "event-cancelled": "daily",
      "request-message": "off",
      "item-approved": "immediately",
    });
    await page.context().close();
  });

  it("reads in French: the bell, the sentence and marking it read", async () => {
    const run = Date.now().toString(36);
    const { asker } = await askerWithAnswers(run, 1);
    const page = await signedIn(asker);
    await chooseLanguage(page, "Français");
    await bell(page, "Notifications, 1 non lue").click();
    await expectHeading(page, "Notifications");
    await page.getByRole("link", { name: "Jonas Lund a répondu à votre question." }).waitFor();
    await page.getByText("Nouveau", { exact: true }).waitFor();
    await expectAccessible(page, "inbox (fr)");
    await page.getByRole("button", { name: "Marquer comme lue" }).click();
    await bell(page, "Notifications").waitFor();
    await expect.poll(() => page.getByText("Nouveau", { exact: true }).count()).toBe(0);
    await page.context().close();
  });
});
