import {
  createUser,
  DEMO_CITIES,
  DEMO_COURSES,
  DEMO_ITEMS,
  DEMO_PASSWORD,
  signIn as signInToCognito,
} from "@alliance/dev";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { chromiumForFile, demoUser, expectHeading, openPage, signIn } from "./browser.ts";
import { type Who, workspaceLinks } from "./menu.ts";

const webUrl = inject("webUrl");
const apiUrl = inject("apiUrl");
const browser = chromiumForFile();

const course = DEMO_COURSES[0];
const lesson = course?.modules[0]?.lessons[0];
const itemA1 = DEMO_ITEMS.find((item) => item.itemId.endsWith("A1"));
const aarhus = DEMO_CITIES.find((city) => city.name === "Aarhus");
if (!course || !lesson || !itemA1 || !aarhus) throw new Error("the demo data changed");

/** A learner of this run, enrolled in the demo course (through the API, before any failure). */
const learner = { username: `e2e-failing-${Date.now().toString(36)}`, password: DEMO_PASSWORD };

/**
 * Every page, as the role that reaches it, and its heading once its content is there.
 * `request` (the default): the page loads data, so a failing API shows an alert with
 * "Try again", and once the API is back the button brings the content. `static`:
 * nothing to load; the page shows itself all the same. `submit`: a form whose only
 * request is saving, which fails with an alert that says to try again.
 * Adding a page is one line.
 */
const PAGES: {
  path: string;
  as: Who;
  heading: string | RegExp;
  kind?: "request" | "static" | "submit";
}[] = [
  { path: "/", as: "visitor", heading: "Welcome", kind: "static" },
  { path: "/exchange", as: "visitor", heading: "The exchange" },
  { path: `/exchange/items/${itemA1.itemId}`, as: "visitor", heading: itemA1.fields.title },
  { path: "/courses", as: "visitor", heading: "Courses" },
  { path: `/courses/${course.courseId}`, as: "visitor", heading: course.fields.title },
  { path: "/cities", as: "visitor", heading: "Member cities" },
  { path: `/cities/${aarhus.cityId}`, as: "visitor", heading: "Aarhus" },
  { path: "/verify", as: "visitor", heading: "Verify a certificate", kind: "static" },
  { path: "/verify/ALC-AAAA-BBBB-CCCC", as: "visitor", heading: "Verify a certificate" },
  { path: "/sign-in", as: "visitor", heading: "Sign in", kind: "static" },
  { path: "/profile", as: "learner", heading: "My profile" },
  { path: "/learning", as: "learner", heading: "My learning" },
  {
    path: `/learning/${course.courseId}/lessons/${lesson.lessonId}`,
    as: "learner",
    heading: lesson.title,
  },
  { path: "/saved", as: "learner", heading: "Saved items" },
  { path: `/courses/${course.courseId}`, as: "learner", heading: course.fields.title },
  { path: "/my-city", as: "contributorA", heading: "My city’s items" },
  { path: "/exchange/new", as: "contributorA", heading: "Share a new item", kind: "submit" },
  {
    path: `/exchange/items/${itemA1.itemId}/edit`,
    as: "contributorA",
    heading: `Edit “${itemA1.fields.title}”`,
  },
  { path: "/teach", as: "trainer", heading: "My courses" },
  {
    path: `/teach/courses/${course.courseId}`,
    as: "trainer",
    heading: `Edit “${course.fields.title}”`,
  },
  {
    path: `/teach/courses/${course.courseId}/preview`,
    as: "trainer",
    heading: new RegExp(`^Preview of “${course.fields.title}”`),
  },
  {
    path: `/teach/courses/${course.courseId}/stats`,
    as: "trainer",
    heading: `Statistics: ${course.fields.title}`,
  },
  { path: "/moderation", as: "admin", heading: "Moderation" },
];

/** Every request to the API answers 503 (the app's own modules, under /src/api/, still load). */
async function failApi(page: Page) {
  await page.route(
    (url) => url.pathname.startsWith("/api/"),
    (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({
          type: "about:blank",
          title: "Service Unavailable",
          status: 503,
          detail: "The service is unavailable.",
          code: "unavailable",
          instance: "",
        }),
      }),
  );
}

/** The menu still offers the role's pages (from the session, not from the failing API). */
async function expectMenu(page: Page, who: Who) {
  const nav = page.getByRole("navigation", { name: "Main" });
  const links = workspaceLinks[who];
  if (links.length > 1) await nav.getByRole("button", { name: "Your work" }).click();
  for (const name of links) await nav.getByRole("link", { name }).waitFor();
  if (links.length > 1) await page.keyboard.press("Escape");
  if (who !== "visitor") await nav.getByRole("link", { name: "My profile" }).waitFor();
}

/**
 * "A few seconds": queries retry twice within 1.5 s and requests time out after 10 s;
 * a page that still spins after this long would spin forever.
 */
const FEW_SECONDS = 10_000;

const sessions = new Map<Who, { context: BrowserContext; page: Page }>();

/** One signed-in browser per role, reused by its rows. */
async function session(who: Who) {
  const existing = sessions.get(who);
  if (existing) return existing.page;
  const opened = await openPage(browser());
  sessions.set(who, opened);
  if (who !== "visitor") {
    await opened.page.goto(`${webUrl}/sign-in`);
    await signIn(opened.page, who === "learner" ? learner : demoUser(who));
    await opened.page.getByRole("status").filter({ hasText: "You are signed in." }).waitFor();
  }
  return opened.page;
}

beforeAll(async () => {
  await createUser(inject("localCloud"), { ...learner, groups: [] });
  const tokens = await signInToCognito(inject("localCloud"), learner.username, learner.password);
  const enrol = await fetch(new URL(`/api/me/courses/${course.courseId}/enrolment`, apiUrl), {
    method: "PUT",
    headers: { authorization: `Bearer ${tokens.accessToken}` },
  });
  expect(enrol.ok, `enrolment answered ${enrol.status}`).toBe(true);
});

afterAll(async () => {
  for (const { context } of sessions.values()) await context.close();
});

describe("every page, when the API fails", () => {
  it.each(PAGES)("$path as $as says so, offers to try again and keeps the menu", async (row) => {
    const page = await session(row.as);
    await failApi(page);
    await page.goto(`${webUrl}${row.path}`);

    if (row.kind === "static" || row.kind === "submit") {
      await expectHeading(page, row.heading);
      if (row.kind === "submit") {
        await page.getByLabel("Title", { exact: true }).fill("A draft saved while the API fails");
        await page.getByRole("button", { name: "Save draft" }).click();
        await page
          .getByRole("alert")
          .filter({ hasText: /try again/i })
          .first()
          .waitFor({ timeout: FEW_SECONDS });
      }
      await expectMenu(page, row.as);
      await page.unrouteAll();
      return;
    }

    const retry = page.getByRole("button", { name: "Try again" });
    await page.getByRole("alert").filter({ has: retry }).first().waitFor({ timeout: FEW_SECONDS });
    await expectMenu(page, row.as);

    // The API is back: each "Try again" brings its content, and the alerts go.
    await page.unrouteAll();
    for (let left = await retry.count(); left > 0; left = await retry.count()) {
      await retry.first().click();
      await expect.poll(() => retry.count()).toBeLessThan(left);
    }
    await expectHeading(page, row.heading);
  });
});
