import { randomUUID } from "node:crypto";
import { createUser, DEMO_SCORM_COURSE, signIn as signInWithApi } from "@alliance/dev";
import type { Page } from "playwright-core";
import { describe, expect, inject, it } from "vitest";
import { manifestXml, zipOf } from "../../packages/core/src/academy/scorm/scorm-package.fixture.ts";
import { chromiumForFile, expectAccessible, expectHeading, openPage, signIn } from "./browser.ts";

/*
 * A SCORM lesson played in the browser (decisions 0085, 0086): a trainer's packages of
 * both standards, each a manifest and a page that talks to the run-time API it finds in
 * its parent frame, played by a learner to completion and resumed on the next launch.
 */
const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const browser = chromiumForFile();
const run = randomUUID().slice(0, 8);
const PASSWORD = "Test-pass-2026";

/** A SCO page: shows where it resumes, and on "Finish" reports the module completed. */
function scoPage(standard: "1.2" | "2004"): string {
  const calls =
    standard === "1.2"
      ? {
          api: "parent.API",
          init: 'api.LMSInitialize("")',
          location: 'api.LMSGetValue("cmi.core.lesson_location")',
          finish:
            'api.LMSSetValue("cmi.core.lesson_location", "page-3"); api.LMSSetValue("cmi.suspend_data", "seen=1,2,3"); api.LMSSetValue("cmi.core.lesson_status", "completed"); api.LMSCommit(""); api.LMSFinish("")',
        }
      : {
          api: "parent.API_1484_11",
          init: 'api.Initialize("")',
          location: 'api.GetValue("cmi.location")',
          finish:
            'api.SetValue("cmi.location", "page-3"); api.SetValue("cmi.suspend_data", "seen=1,2,3"); api.SetValue("cmi.completion_status", "completed"); api.Commit(""); api.Terminate("")',
        };
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>SCO</title></head>
<body><h1>Module ${standard}</h1><p id="where">Starting</p>
<button type="button" id="finish">Finish the module</button>
<script>
var api = ${calls.api};
${calls.init};
document.getElementById("where").textContent = "Resumed at: " + (${calls.location} || "start");
document.getElementById("finish").onclick = function () {
  ${calls.finish};
  document.getElementById("where").textContent = "Finished";
};
</script></body></html>`;
}

async function call<T>(token: string, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(`${apiUrl}/api${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  if (!response.ok)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

const withVersion = (
  token: string,
  method: string,
  path: string,
  version: number,
  body?: unknown,
) =>
  fetch(`${apiUrl}/api${path}`, {
    method,
    headers: {
      authorization: `Bearer ${token}`,
      "content-type": "application/json",
      "if-match": `"${version}"`,
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  }).then(async (response) => {
    if (!response.ok)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as {
      version: number;
      modules: { moduleId: string; lessons: { lessonId: string }[] }[];
    };
  });

/**
 * A published course of the trainer whose one lesson plays a package of `standard`: the
 * lesson added in the course editor by `editor` (the trainer's signed-in page) when given,
 * else through the API.
 */
async function scormCourse(trainer: string, standard: "1.2" | "2004", editor?: Page) {
  const { courseId } = await call<{ courseId: string }>(trainer, "POST", "/courses", {
    title: `Interactive module ${standard} ${run}`,
  });
  const draft = `/courses/${courseId}/draft`;
  const withModule = await withVersion(trainer, "POST", `${draft}/modules`, 1, { title: "Module" });
  const moduleId = withModule.modules[0]?.moduleId as string;
  const zip = zipOf({ "imsmanifest.xml": manifestXml(standard), "index.html": scoPage(standard) });
  const title = `Play the module ${standard}`;
  if (editor) {
    await editor.goto(`${webUrl}/teach/courses/${courseId}`);
    await editor.getByRole("button", { name: "Add a lesson to “Module”" }).click();
    const form = editor.getByRole("form", { name: "New lesson in “Module”" });
    await form.getByLabel("Title of the lesson").fill(title);
    await form.getByLabel("Kind of lesson").selectOption({ label: "SCORM package" });
    await form.getByText("No package yet.").waitFor();
    await form.getByLabel("Upload a SCORM package").setInputFiles({
      name: `module-${standard}.zip`,
      mimeType: "application/zip",
      buffer: Buffer.from(zip),
    });
    const ready = `“Local prevention networks” (SCORM ${standard}) is ready. Save the lesson to use it.`;
    await form.getByRole("status").filter({ hasText: ready }).waitFor({ timeout: 60_000 });
    await expectAccessible(editor, "the lesson editor with a SCORM package");
    await form.getByRole("button", { name: "Add the lesson" }).click();
    await editor
      .getByRole("status")
      .filter({ hasText: `The lesson “${title}” is added.` })
      .first()
      .waitFor();
    const saved = await call<{
      version: number;
      modules: { lessons: { lessonId: string }[] }[];
    }>(trainer, "GET", `${draft}`);
    await withVersion(trainer, "POST", `/courses/${courseId}/publish`, saved.version);
    return { courseId, lessonId: saved.modules[0]?.lessons[0]?.lessonId as string };
  }
  const upload = await call<{
    attachmentId: string;
    uploadUrl: string;
    method: string;
    headers: Record<string, string>;
  }>(trainer, "POST", `${draft}/scorm-packages`, {
    fileName: `module-${standard}.zip`,
    contentType: "application/zip",
    size: zip.length,
  });
  const put = await fetch(upload.uploadUrl, {
    method: upload.method,
    headers: upload.headers,
    body: new Uint8Array(zip),
  });
  expect(put.ok).toBe(true);
  const packageId = upload.attachmentId;
  const checked = await call<{ status: string }>(
    trainer,
    "POST",
    `${draft}/scorm-packages/${packageId}/check`,
  );
  expect(checked.status).toBe("ready");
  const added = await withVersion(trainer, "POST", `${draft}/modules/${moduleId}/lessons`, 2, {
    title,
    content: { kind: "scorm", packageId },
  });
  await withVersion(trainer, "POST", `/courses/${courseId}/publish`, added.version);
  return { courseId, lessonId: added.modules[0]?.lessons[0]?.lessonId as string };
}

async function playToCompletion(page: Page, standard: "1.2" | "2004", lessonUrl: string) {
  await page.goto(lessonUrl);
  await expectHeading(page, `Play the module ${standard}`);
  const frame = page.frameLocator(`iframe[title="Play the module ${standard}"]`);
  await expect
    .poll(() => frame.locator("#where").textContent(), { timeout: 30_000 })
    .toBe("Resumed at: start");
  await frame.getByRole("button", { name: "Finish the module" }).click();
  await expect.poll(() => frame.locator("#where").textContent()).toBe("Finished");
  await page.getByText("Done", { exact: true }).waitFor({ timeout: 30_000 });
  // The next launch resumes where the module said it was.
  await page.reload();
  await expect
    .poll(() => frame.locator("#where").textContent(), { timeout: 30_000 })
    .toBe("Resumed at: page-3");
  await page.getByText("Done", { exact: true }).waitFor();
  await expectAccessible(page, "a SCORM lesson, played to completion and resumed");
  // On a phone the package's frame is as wide as the lesson: no sideways scroll.
  await page.setViewportSize({ width: 320, height: 640 });
  await expect
    .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
    .toBeLessThanOrEqual(320);
  await page.setViewportSize({ width: 1024, height: 800 });
}

describe("a SCORM lesson", () => {
  it("plays SCORM 1.2 and 2004 packages to completion, and resumes them", async () => {
    const cloud = inject("localCloud");
    const trainer = { username: `e2e-scorm-trainer-${run}`, password: PASSWORD };
    const learner = { username: `e2e-scorm-learner-${run}`, password: PASSWORD };
    await createUser(cloud, { ...trainer, groups: ["trainer"] });
    await createUser(cloud, { ...learner, groups: [] });
    const trainerToken = (await signInWithApi(cloud, trainer.username, trainer.password))
      .accessToken;
    const learnerToken = (await signInWithApi(cloud, learner.username, learner.password))
      .accessToken;
    // The trainer uploads the 1.2 package in the course editor; the 2004 one goes through the API.
    const teaching = await openPage(browser());
    await teaching.page.goto(`${webUrl}/sign-in`);
    await signIn(teaching.page, trainer);
    await teaching.page.getByRole("status").filter({ hasText: "You are signed in." }).waitFor();
    const courses = {
      "1.2": await scormCourse(trainerToken, "1.2", teaching.page),
      "2004": await scormCourse(trainerToken, "2004"),
    };
    await teaching.context.close();
    const { page, context } = await openPage(browser());
    await page.goto(`${webUrl}/sign-in`);
    await signIn(page, learner);
    await page.getByRole("status").filter({ hasText: "You are signed in." }).waitFor();
    for (const standard of ["1.2", "2004"] as const) {
      const { courseId, lessonId } = courses[standard];
      await call(learnerToken, "PUT", `/me/courses/${courseId}/enrolment`);
      await playToCompletion(page, standard, `${webUrl}/learning/${courseId}/lessons/${lessonId}`);
      const progress = await call<{ status: string; certificateCode: string | null }>(
        learnerToken,
        "GET",
        `/me/courses/${courseId}/enrolment`,
      );
      expect(progress.status).toBe("completed");
      expect(progress.certificateCode).toEqual(expect.any(String));
    }
    await context.close();
  });

  it("plays the seeded SCORM course's module by keyboard, and marks the lesson done", async () => {
    const cloud = inject("localCloud");
    const learner = { username: `e2e-scorm-seeded-${run}`, password: PASSWORD };
    await createUser(cloud, { ...learner, groups: [] });
    const token = (await signInWithApi(cloud, learner.username, learner.password)).accessToken;
    const { courseId } = DEMO_SCORM_COURSE;
    const lesson = DEMO_SCORM_COURSE.modules[0]?.lessons[1];
    await call(token, "PUT", `/me/courses/${courseId}/enrolment`);
    const { page, context } = await openPage(browser());
    await page.goto(`${webUrl}/sign-in`);
    await signIn(page, learner);
    await page.getByRole("status").filter({ hasText: "You are signed in." }).waitFor();
    await page.goto(`${webUrl}/learning/${courseId}/lessons/${lesson?.lessonId}`);
    await expectHeading(page, lesson?.title ?? "");
    const frame = page.frameLocator(`iframe[title="${lesson?.title}"]`);
    // The elected member's part in each of the three situations (demo-scorm.ts).
    for (const choice of [
      "Speak about the facts",
      "Refer the teacher to the local multi-agency team",
      "Meet them together",
    ]) {
      await frame.getByRole("radio", { name: new RegExp(choice) }).check();
      await frame.getByRole("button", { name: /^(Next|Finish)$/ }).press("Enter");
    }
    await frame.getByText("Done: 3 of 3 situations").waitFor({ timeout: 30_000 });
    await page.getByText("Done", { exact: true }).waitFor({ timeout: 30_000 });
    const record = await call<{
      lessonDone: boolean;
      data: { lessonStatus?: string; scoreRaw?: number } | null;
    }>(token, "GET", `/me/courses/${courseId}/lessons/${lesson?.lessonId}/scorm`);
    expect(record.lessonDone).toBe(true);
    expect(record.data).toMatchObject({ lessonStatus: "passed", scoreRaw: 100 });
    await context.close();
  });
});
