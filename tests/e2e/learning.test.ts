import { readFile } from "node:fs/promises";
import { createUser, DEMO_CITIES } from "@alliance/dev";
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

/** The seeded course on multi-agency cooperation (packages/dev/src/demo-courses.ts). */
const COURSE = {
  courseId: "crs_01JD5EEDCRS0000000000000C2",
  title: "Multi-agency cooperation: working together on cases of concern",
  lessons: [
    "Roles around the table",
    "Inside a case consultation",
    "What may be shared, by whom, and why",
    "Running a case consultation, step by step",
  ],
  optional: "When cooperation stalls",
  quiz: "Quiz: multi-agency cooperation",
  /** For each question, the options to tick: wrong ones first, then the right ones. */
  wrongAnswers: [
    ["The youth worker should pass on the names: prevention is everyone's duty"],
    ["Sharing the complete file so that nothing is missed"],
    ["The mayor, who answers for it in public"],
    ["Reports on their members' beliefs"],
    ["Suspending the case consultation until things improve"],
  ],
  rightAnswers: [
    [
      "Decline: faith is not a reason for concern, and partners share information only about a specific concern, for a clear purpose",
    ],
    [
      "A lawful basis, usually a public task laid down in law",
      "Purpose limitation: information is used only for the purpose it was shared for",
      "Recording what was shared, by whom and why",
    ],
    ["The professionals at the case consultation, with one case manager"],
    [
      "Credible voices and support for families",
      "Noticing when someone turns away from the community towards a closed group",
    ],
    [
      "Meeting the heads of the partner organisations to renew their commitment, and checking that the coordinator has the time needed",
    ],
  ],
};

/** The privacy-enhanced YouTube player's origin, which the lesson page listens to. */
const PLAYER_ORIGIN = "https://www.youtube-nocookie.com";

/**
 * Stands in for YouTube's player (the tests run offline): when the page says it is
 * listening, it reports state 0, the end of the video, as the real player does.
 */
const PLAYER_THAT_ENDS = `<!doctype html><html lang="en"><title>Player</title><script>
addEventListener("message", (event) => {
  const data = JSON.parse(event.data);
  if (data.event === "listening") {
    parent.postMessage(JSON.stringify({ event: "onStateChange", info: 0 }), "*");
  }
});
</script></html>`;

const LYON = DEMO_CITIES.find((city) => city.name === "Lyon");

/** A polite status or an alert that shows this text. */
function message(page: Page, role: "status" | "alert", text: string | RegExp) {
  return page.getByRole(role).filter({ hasText: text }).first();
}

/** The progress bar of the course, by its accessible name. */
function progressOf(page: Page, name: string | RegExp) {
  return page.getByRole("progressbar", { name });
}

/** Follows the lesson navigation's "next" link to the lesson of this title, by keyboard. */
async function nextLesson(page: Page, title: string) {
  await page
    .getByRole("navigation", { name: "Leçons" })
    .getByRole("link", { name: new RegExp(`^Suivante\\s*:\\s*${escaped(title)}$`) })
    .press("Enter");
}

function escaped(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Ticks the given options (by their exact labels) and submits the quiz. */
async function answerQuiz(page: Page, answers: string[][], submit: string) {
  for (const options of answers) {
    for (const option of options) await page.getByLabel(option, { exact: true }).check();
  }
  await page.getByRole("button", { name: submit }).click();
}

async function expectNoSidewaysScroll(page: Page, label: string) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width, `page width of ${label}`).toBeLessThanOrEqual(320);
}

/** Saves what a click downloads and returns its suggested name and bytes. */
async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

describe("learning in the academy", () => {
  it("takes a representative through a course to a certificate anyone can verify, and shows it in the figures", async () => {
    // A French-speaking representative enrols from the course page.
    const learner = await openPage(browser());
    let page = learner.page;
    await page.goto(`${webUrl}/courses/${COURSE.courseId}`);
    await expectHeading(page, COURSE.title);
    await page.getByRole("link", { name: "Sign in to enrol" }).click();
    await expectHeading(page, "Sign in");
    await signIn(page, demoUser("representative"));
    await page.locator("html[lang=fr]").waitFor({ state: "attached" });
    await expectHeading(page, COURSE.title);
    await page.getByRole("button", { name: "S’inscrire à ce cours" }).click();
    await message(page, "status", "Vous êtes inscrit ou inscrite.").waitFor();
    await expect
      .poll(() => progressOf(page, /^Progression dans/).getAttribute("aria-valuenow"))
      .toBe("0");
    await expectAccessible(page, "course page, enrolled (fr)");
    // Figures are for the course's trainers and administrators only.
    expect(await page.getByRole("link", { name: "Voir les statistiques" }).count()).toBe(0);

    await page.getByRole("link", { name: "Commencer le cours" }).click();
    // Text, video and text lessons are marked done by the learner; the optional one is skipped.
    for (const [index, title] of COURSE.lessons.entries()) {
      await expectHeading(page, title);
      if (index === 0) await expectAccessible(page, "text lesson (fr)");
      if (index === 1) {
        // Playing in the page waits for the learner's choice (no video host contacted before);
        // the player (a stand-in served at the host's address) reports the end of the video.
        await page.getByRole("button", { name: "Lire la vidéo ici" }).waitFor();
        expect(await page.locator("iframe").count()).toBe(0);
        await expectAccessible(page, "video lesson (fr)");
        await page.route(`${PLAYER_ORIGIN}/embed/**`, (route) =>
          route.fulfill({ contentType: "text/html", body: PLAYER_THAT_ENDS }),
        );
        await page.getByRole("button", { name: "Lire la vidéo ici" }).click();
        await page.getByTitle(new RegExp(`^Vidéo\\s*:\\s*${escaped(title)}$`)).waitFor();
        await message(page, "status", /vous avez regardé la vidéo jusqu’au bout/).waitFor();
        await page.locator(".done-mark").waitFor();
      } else {
        await page.getByRole("button", { name: "Marquer comme terminée" }).click();
        // The button gives way to the mark, which takes focus.
        await expect.poll(async () => (await focused(page)).text).toMatch(/Terminée$/);
      }
      const next = COURSE.lessons[index + 1] ?? COURSE.optional;
      await nextLesson(page, next);
    }
    await expectHeading(page, COURSE.optional);
    await nextLesson(page, COURSE.quiz);
    await expectHeading(page, COURSE.quiz);
    const quizUrl = page.url();
    // Four of five required lessons done: the quiz is the last one.
    await expect
      .poll(() => progressOf(page, /^Progression dans/).getAttribute("aria-valuenow"))
      .toBe("80");

    // Nothing answered: nothing is sent and the form says what is missing.
    await page.getByRole("button", { name: "Envoyer mes réponses" }).click();
    await message(page, "alert", "Répondez à la question 1").waitFor();
    expect(await page.getByRole("region", { name: "Votre résultat" }).count()).toBe(0);

    await answerQuiz(page, COURSE.wrongAnswers, "Envoyer mes réponses");
    // The result takes focus, so it is read out; three attempts allowed, two left.
    const result = page.getByRole("region", { name: "Votre résultat" });
    await result.waitFor();
    await expect.poll(async () => (await focused(page)).tag).toBe("section");
    await result.getByText("Pas encore réussi", { exact: true }).waitFor();
    await result.getByText("Question 1 : réponse incorrecte").waitFor();
    await result.getByText("Il vous reste 2 tentatives.").waitFor();
    await expectAccessible(page, "quiz, failed (fr)");

    await page.getByRole("button", { name: "Réessayer" }).click();
    await answerQuiz(page, COURSE.rightAnswers, "Envoyer mes réponses");
    await result.getByText("Réussi", { exact: true }).waitFor();
    await message(page, "status", /Cours terminé/).waitFor();
    await expect
      .poll(() => progressOf(page, /^Progression dans/).getAttribute("aria-valuenow"))
      .toBe("100");
    await expectAccessible(page, "quiz, passed (fr)");

    // My learning lists it as completed, with the certificate.
    await page
      .getByRole("navigation", { name: "Principale" })
      .getByRole("link", { name: "Mon apprentissage" })
      .click();
    await expectHeading(page, "Mon apprentissage");
    const completed = page.getByRole("region", { name: "Terminés" });
    await completed.getByRole("link", { name: COURSE.title }).waitFor();
    const code = /ALC(-[0-9A-Z]{4}){3}/.exec((await completed.textContent()) ?? "")?.[0];
    expect(code).toBeDefined();
    const certificate = await download(page, () =>
      completed
        .getByRole("button", { name: `Télécharger le certificat du cours ${COURSE.title}` })
        .click(),
    );
    expect(certificate.name).toBe(`certificate-${code}.pdf`);
    await message(page, "status", `Fichier certificate-${code}.pdf téléchargé.`).waitFor();
    expect(certificate.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    // The same certificate as an Open Badges 3.0 credential, for a wallet.
    const badge = await download(page, () =>
      completed
        .getByRole("button", { name: `Télécharger l’Open Badge (JSON) du cours ${COURSE.title}` })
        .click(),
    );
    const credential = JSON.parse(badge.bytes.toString("utf8")) as {
      type: string[];
      credentialSubject: { name: string };
    };
    expect(credential.type).toContain("OpenBadgeCredential");
    await expectAccessible(page, "my learning (fr)");
    // At 320 CSS pixels (400 % zoom) nothing needs scrolling sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page, "my learning");
    await page.goto(quizUrl);
    await expectHeading(page, COURSE.quiz);
    await expectNoSidewaysScroll(page, "the quiz");
    await learner.context.close();

    // A signed-out visitor checks the code, typed loosely.
    const visitor = await openPage(browser());
    page = visitor.page;
    await page.goto(`${webUrl}/verify`);
    await expectHeading(page, "Verify a certificate");
    await expectAccessible(page, "verify (en)");
    await page.getByLabel("Verification code").fill(` ${code?.toLowerCase()} `);
    await page.getByRole("button", { name: "Verify" }).click();
    await page.waitForURL(`${webUrl}/verify/${code}`);
    await page.getByRole("heading", { name: "Valid certificate" }).waitFor();
    await page
      .getByText(/Claire Moreau/)
      .first()
      .waitFor();
    await page.getByText(COURSE.title).first().waitFor();
    await expectAccessible(page, "verified certificate (en)");
    // The visitor checks the Open Badge file, then a copy with its name changed.
    const credentialFile = (name: string, json: unknown) => ({
      name,
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify(json)),
    });
    await page
      .getByLabel("Choose the credential file (.json)")
      .setInputFiles(credentialFile(badge.name, credential));
    await page.getByRole("button", { name: "Check the credential" }).click();
    await page.getByRole("heading", { name: "Valid credential" }).waitFor();
    await page.getByRole("link", { name: `See certificate ${code}` }).waitFor();
    await expectAccessible(page, "verified credential (en)");
    const tampered = structuredClone(credential);
    tampered.credentialSubject.name = "Someone Else";
    await page
      .getByLabel("Choose the credential file (.json)")
      .setInputFiles(credentialFile("tampered.json", tampered));
    await page.getByRole("button", { name: "Check the credential" }).click();
    await page.getByRole("heading", { name: "This credential could not be verified" }).waitFor();
    await page.getByText(/^Not valid: the credential was changed/).waitFor();
    await page.goto(`${webUrl}/verify/ALC-0000-0000-0000`);
    await page.getByRole("heading", { name: "No certificate has this code." }).waitFor();
    await visitor.context.close();

    // The course's trainer sees the completion in the figures and takes the CSV.
    const trainer = await openPage(browser());
    page = trainer.page;
    await page.goto(`${webUrl}/sign-in?next=%2Fteach`);
    await signIn(page, demoUser("trainer"));
    await expectHeading(page, "My courses");
    await page.getByRole("link", { name: `Statistics for ${COURSE.title}` }).click();
    await expectHeading(page, `Statistics: ${COURSE.title}`);
    const figure = (name: string) =>
      page
        .locator("dt", { hasText: new RegExp(`^${name}$`) })
        .locator("xpath=following-sibling::dd");
    await expect.poll(() => figure("Enrolled").textContent()).toBe("1");
    await expect.poll(() => figure("Completed").textContent()).toBe("1");
    expect(await figure("Completion rate").textContent()).toBe("100%");
    const funnel = page.getByRole("table", { name: "Learners who completed each lesson" });
    await funnel
      .getByRole("row", { name: /Quiz: multi-agency cooperation.*1 of 1 \(100%\)/ })
      .waitFor();
    await funnel.getByRole("row", { name: /When cooperation stalls.*0 of 1/ }).waitFor();
    const quizzes = page.getByRole("table", { name: "Quiz results" });
    await quizzes.getByRole("row", { name: /Quiz: multi-agency cooperation/ }).waitFor();
    await expectAccessible(page, "course statistics (en)");
    await page.setViewportSize({ width: 320, height: 640 });
    await expectNoSidewaysScroll(page, "course statistics");
    const csv = await download(page, () =>
      page.getByRole("button", { name: "Download as CSV" }).click(),
    );
    expect(csv.bytes.toString("utf8")).toContain(COURSE.quiz);
    await trainer.context.close();

    // An administrator sees Lyon's totals on its page, without names.
    const admin = await openPage(browser());
    page = admin.page;
    await page.goto(`${webUrl}/sign-in?next=${encodeURIComponent(`/cities/${LYON?.cityId}`)}`);
    await signIn(page, demoUser("admin"));
    await expectHeading(page, "Lyon");
    const figures = page.getByRole("table", { name: /Members of Lyon/ });
    await figures.getByRole("row", { name: new RegExp(COURSE.title) }).waitFor();
    await expectAccessible(page, "city page with learning figures (en)");
    // Administrators reach any course's figures from its page.
    await page.goto(`${webUrl}/courses/${COURSE.courseId}`);
    await page.getByRole("link", { name: "See the statistics" }).click();
    await expectHeading(page, `Statistics: ${COURSE.title}`);
    await admin.context.close();
  });

  it("lets a learner take their record away and delete their account", async () => {
    const run = Date.now().toString(36);
    const me = { username: `e2e-learner-${run}`, password: "Test-pass-2026" };
    await createUser(inject("localCloud"), { ...me, groups: [] });
    const { context, page } = await openPage(browser());
    await page.goto(
      `${webUrl}/sign-in?next=${encodeURIComponent("/courses/crs_01JD5EEDCRS0000000000000C1")}`,
    );
    await signIn(page, me);
    await page.getByRole("button", { name: "Enrol in this course" }).click();
    await message(page, "status", "You are enrolled.").waitFor();

    await page
      .getByRole("navigation", { name: "Main" })
      .getByRole("link", { name: "My profile" })
      .click();
    await expectHeading(page, "My profile");
    const record = await download(page, () =>
      page.getByRole("button", { name: "Download my learning record" }).click(),
    );
    expect(record.name).toMatch(/^learning-record-\d{4}-\d{2}-\d{2}\.json$/);
    await message(
      page,
      "status",
      `Your learning record is downloaded as ${record.name}.`,
    ).waitFor();
    const body = JSON.parse(record.bytes.toString("utf8")) as { enrolments: unknown[] };
    expect(body.enrolments).toHaveLength(1);

    await page.getByRole("button", { name: "Delete my account…" }).click();
    await expectAccessible(page, "profile, deletion asked (en)");
    await page.getByRole("button", { name: "Delete my account permanently" }).click();
    await page
      .locator(".error-summary")
      .getByText("Tick the box to confirm that you understand that this cannot be undone.")
      .waitFor();
    await page.getByLabel("I understand that this cannot be undone").check();
    await page.getByRole("button", { name: "Delete my account permanently" }).click();
    await expectHeading(page, "Welcome");
    await message(page, "status", "Your account has been deleted.").waitFor();

    // The sign-in is gone too.
    await page.goto(`${webUrl}/sign-in`);
    await signIn(page, me);
    await message(page, "alert", /The username or password is not right/).waitFor();
    await context.close();
  });
});
