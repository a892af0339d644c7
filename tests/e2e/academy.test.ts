import { createUser } from "@alliance/dev";
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

/** A published item of the demo exchange (packages/dev). */
const CITED = "One front door for worries about radicalisation";

/** A polite status or an alert that shows this text. */
function message(page: Page, role: "status" | "alert", text: string | RegExp) {
  return page.getByRole(role).filter({ hasText: text }).first();
}

/** Opens the lesson form of a module, names the lesson and picks its kind. */
async function startLesson(page: Page, module: string, title: string, kind: string) {
  await page.getByRole("button", { name: `Add a lesson to “${module}”` }).click();
  const form = page.getByRole("form", { name: `New lesson in “${module}”` });
  await form.getByLabel("Title of the lesson").fill(title);
  await form.getByLabel("Kind of lesson").selectOption({ label: kind });
  return form;
}

describe("the academy", () => {
  it("takes a course from a trainer's draft to a visitor's catalogue, and keeps others out", async () => {
    const run = Date.now().toString(36);
    const title = `Local prevention for councillors ${run}`;

    // A trainer starts a course and fills in what the catalogue filters on.
    const trainer = await openPage(browser());
    let page = trainer.page;
    await page.goto(`${webUrl}/sign-in?next=%2Fteach`);
    await signIn(page, demoUser("trainer"));
    await expectHeading(page, "My courses");
    await expectAccessible(page, "my courses (en)");
    await page.getByLabel("Title of the new course").fill(title);
    await page.getByRole("button", { name: "Start the course" }).click();
    await page.waitForURL(/\/teach\/courses\/crs_[0-9A-Z]{26}$/);
    const editorUrl = page.url();
    await expectHeading(page, `Edit “${title}”`);
    await message(page, "status", "Your course is started.").waitFor();

    await page
      .getByLabel("Summary")
      .fill("How a city council builds and steers a local prevention network.");
    await page.getByRole("button", { name: "Add an objective" }).click();
    await page.getByLabel("Objective 1").fill("Name the partners of a local network");
    await page.getByLabel("Language of the course").selectOption({ label: "English" });
    await page.getByRole("group", { name: "Themes" }).getByLabel("Youth work").check();
    await page.getByLabel("Level").selectOption({ label: "Intermediate" });
    await page.getByLabel("Duration in minutes").fill("45");
    await page.getByRole("button", { name: "Save the course details" }).click();
    await message(page, "status", "The course details are saved.").waitFor();

    // Two modules, then a text lesson, a video lesson and a quiz.
    for (const module of ["Basics", "Practice"]) {
      await page.getByLabel("Title of the new module").fill(module);
      await page.getByRole("button", { name: "Add the module" }).click();
      await message(page, "status", `The module “${module}” is added at the end.`).waitFor();
    }

    let form = await startLesson(page, "Basics", "Welcome", "Text");
    await form
      .getByLabel("Text of the lesson")
      .fill("## Why a network\n\nNo single service sees the whole picture.");
    // Citations are found by words and shown by title, never by id.
    await form.getByLabel("Find an item of the exchange").fill("front door");
    await form.getByRole("button", { name: "Search the exchange" }).click();
    await message(page, "status", /published items? found/).waitFor();
    await form.getByRole("button", { name: `Cite “${CITED}”` }).click();
    await form.getByRole("link", { name: new RegExp(`^${CITED}`) }).waitFor();
    await form.getByRole("button", { name: "Add the lesson" }).click();
    await message(page, "status", "The lesson “Welcome” is added.").waitFor();

    form = await startLesson(page, "Basics", "Opening talk", "Video");
    await form.getByLabel("Address of the video").fill("https://vimeo.com/76979871");
    await form.getByRole("button", { name: "Add the lesson" }).click();
    await form.locator(".error-summary").getByText("Write the transcript of the video").waitFor();
    await expectAccessible(page, "lesson form with an error (en)");
    await form
      .getByLabel("Transcript")
      .fill("The mayor opens the session and thanks the partners.");
    await form.getByRole("button", { name: "Add the lesson" }).click();
    await message(page, "status", "The lesson “Opening talk” is added.").waitFor();

    // Reordering with the keyboard: focus stays on the button, the new place is announced.
    await page.getByRole("button", { name: "Move up “Opening talk”" }).focus();
    await page.keyboard.press("Enter");
    await message(
      page,
      "status",
      "“Opening talk” is now lesson 1 of 2 in module 1, “Basics”.",
    ).waitFor();
    await expect.poll(() => focused(page)).toMatchObject({ label: "Move up “Opening talk”" });

    form = await startLesson(page, "Practice", "Check your understanding", "Quiz");
    await form.getByLabel("Text of question 1").fill("Who convenes the local network?");
    await form.getByLabel("Question 1, option 1", { exact: true }).fill("The mayor");
    await form.getByLabel("Question 1, option 1 is the correct answer").check();
    await form
      .getByLabel("Feedback on question 1, option 1")
      .fill("Right: the mayor convenes the partners.");
    await form.getByLabel("Question 1, option 2", { exact: true }).fill("Nobody");
    await form.getByLabel("Feedback on question 1, option 2").fill("Someone has to lead it.");
    await form.getByRole("button", { name: "Add the lesson" }).click();
    await message(page, "status", "The lesson “Check your understanding” is added.").waitFor();

    form = await startLesson(page, "Practice", "Handout", "Document");
    await form.getByLabel("Upload a file").setInputFiles({
      name: "network-checklist.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("Who is at the table: schools, police, youth work, health.\n"),
    });
    await message(page, "status", "network-checklist.txt is uploaded.").waitFor();
    await form.getByText("Current file: network-checklist.txt.").waitFor();
    await form.getByRole("button", { name: "Add the lesson" }).click();
    await message(page, "status", "The lesson “Handout” is added.").waitFor();
    await expectAccessible(page, "course editor (en)");

    // The preview shows the lessons as learners will see them, without the answers.
    await page.getByRole("link", { name: "Preview as a learner" }).click();
    await expectHeading(page, `Preview of “${title}”`);
    await page.getByText("Preview — not published.").waitFor();
    for (const lesson of ["Welcome", "Opening talk", "Check your understanding"]) {
      await page.getByRole("heading", { level: 4, name: new RegExp(`^${lesson}`) }).waitFor();
    }
    await page.getByText("Who convenes the local network?").waitFor();
    await page.getByRole("link", { name: CITED }).waitFor();
    await page.getByRole("link", { name: "Download network-checklist.txt" }).waitFor();
    expect(await page.getByText("Right: the mayor convenes").count()).toBe(0);
    expect(await page.getByRole("radio", { checked: true }).count()).toBe(0);
    await expectAccessible(page, "course preview (en)");

    await page.getByRole("link", { name: "Back to the editor" }).click();
    await expectHeading(page, `Edit “${title}”`);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await message(page, "status", "Published: learners now see version 1.").waitFor();
    const history = page.getByRole("region", { name: "Version history" });
    await history.getByRole("rowheader", { name: "v1" }).waitFor();
    await history.getByRole("cell", { name: "Marta Kowalska" }).waitFor();
    await trainer.context.close();

    // A signed-out visitor finds it by theme and level and reads its outline.
    const visitor = await openPage(browser());
    page = visitor.page;
    await page.goto(webUrl);
    await page.getByRole("navigation").getByRole("link", { name: "Courses" }).click();
    await expectHeading(page, "Courses");
    await message(page, "status", /courses? found/).waitFor();
    await expectAccessible(page, "catalogue (en)");
    await page.getByRole("group", { name: "Theme" }).getByLabel("Youth work").check();
    await page.waitForURL(/[?&]theme=youth-work/);
    await page.getByRole("group", { name: "Level" }).getByLabel("Intermediate").check();
    await page.waitForURL(/[?&]level=intermediate/);
    await page.getByLabel("Search the courses").fill(run);
    await page.getByRole("button", { name: "Search", exact: true }).click();
    await message(page, "status", "1 course found.").waitFor();
    await page.getByRole("link", { name: title, exact: true }).click();
    await expectHeading(page, title);
    await page.getByRole("heading", { level: 3, name: "Module 1: Basics" }).waitFor();
    await page.getByRole("heading", { level: 3, name: "Module 2: Practice" }).waitFor();
    await page.getByText("Check your understanding").waitFor();
    await expectAccessible(page, "course page (en)");
    await visitor.context.close();

    // Another trainer is told the course is not theirs, and gets no form.
    const other = { username: `e2e-trainer-${run}`, password: "Test-pass-2026" };
    await createUser(inject("localCloud"), { ...other, groups: ["trainer"] });
    const stranger = await openPage(browser());
    page = stranger.page;
    await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent(new URL(editorUrl).pathname)}`);
    await signIn(page, other);
    await expectHeading(page, "You cannot edit this course");
    await message(page, "alert", "Only this course’s trainers can edit it.").waitFor();
    expect(await page.getByRole("button", { name: "Save the course details" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Publish", exact: true }).count()).toBe(0);
    await expectAccessible(page, "course editor, refused (en)");
    await stranger.context.close();
  });

  it("keeps what a trainer typed when the course changed elsewhere, and before leaving", async () => {
    const run = Date.now().toString(36);
    const title = `Talking with families ${run}`;
    const { context, page } = await openPage(browser());
    await page.goto(`${webUrl}/sign-in?next=%2Fteach`);
    await signIn(page, demoUser("trainer"));
    await expectHeading(page, "My courses");
    await page.getByLabel("Title of the new course").fill(title);
    await page.getByRole("button", { name: "Start the course" }).click();
    await expectHeading(page, `Edit “${title}”`);

    // The same trainer renames the course in a second window.
    const second = await context.newPage();
    await second.goto(page.url());
    await expectHeading(second, `Edit “${title}”`);
    await second.getByLabel("Title", { exact: true }).fill(`${title} (revised)`);
    await second.getByRole("button", { name: "Save the course details" }).click();
    await message(second, "status", "The course details are saved.").waitFor();

    // The first window's save is stale: nothing typed is lost, and a reload keeps it.
    const typed = "What to say when a parent calls, and what not to promise.";
    await page.getByLabel("Summary").fill(typed);
    await page.getByRole("button", { name: "Save the course details" }).click();
    const conflict = page
      .getByRole("alert")
      .filter({ hasText: "This course was changed elsewhere" });
    await conflict.waitFor();
    expect(await page.getByLabel("Summary").inputValue()).toBe(typed);
    await expectAccessible(page, "course editor with a conflict (en)");
    await conflict.getByRole("button", { name: "Reload the latest version" }).click();
    await conflict.waitFor({ state: "detached" });
    expect(await page.getByLabel("Title", { exact: true }).inputValue()).toBe(`${title} (revised)`);
    expect(await page.getByLabel("Summary").inputValue()).toBe(typed);

    // Leaving with unsaved changes asks first; staying keeps them.
    const asked: string[] = [];
    page.once("dialog", (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page.getByRole("link", { name: "Back to my courses" }).click();
    await expect.poll(() => asked.length).toBe(1);
    expect(asked[0]).toContain("not saved");
    await expectHeading(page, `Edit “${title} (revised)”`);
    await page.getByRole("button", { name: "Save the course details" }).click();
    await message(page, "status", "The course details are saved.").waitFor();
    expect(await page.getByLabel("Summary").inputValue()).toBe(typed);
    await context.close();
  });
});
