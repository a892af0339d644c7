import {
  createUser,
  DEMO_APPLICATIONS,
  DEMO_CITIES,
  DEMO_COURSES,
  DEMO_EVENTS,
  DEMO_EXCHANGE_REQUESTS,
  DEMO_ITEMS,
  DEMO_PASSWORD,
  DEMO_USERS,
  signIn as signInToCognito,
} from "@alliance/dev";
import type { Page } from "playwright-core";
import { expect, inject } from "vitest";
import { demoUser, signIn } from "./browser.ts";
import type { Who } from "./menu.ts";

/**
 * Every route of the web app (web/src/app/router.tsx) with demo data, the role that
 * reaches it, and its heading once its content is there. Shared by the browser tests
 * that go through every page (a failing API, 320 px). Adding a page is one line.
 */
/** The demo data a page needs, or a clear failure if it changed. */
function found<T>(value: T | undefined): T {
  if (value === undefined) throw new Error("the demo data changed");
  return value;
}

export const course = found(DEMO_COURSES[0]);
const lesson = found(course.modules[0]?.lessons[0]);
const itemA1 = found(DEMO_ITEMS.find((item) => item.itemId.endsWith("A1")));
const aarhus = found(DEMO_CITIES.find((city) => city.name === "Aarhus"));
const waiting = found(DEMO_APPLICATIONS[0]);
const completed = found(
  DEMO_EXCHANGE_REQUESTS.find((demo) => demo.request.state === "completed"),
).request;
const rotterdam = found(DEMO_CITIES.find((city) => city.name === "Rotterdam"));
const lyonWorkshop = found(DEMO_EVENTS[0]).event;

export type { Who };

/** A learner of this run, enrolled in the demo course (through the API, before any failure). */
export const learner = {
  username: `e2e-failing-${Date.now().toString(36)}`,
  password: DEMO_PASSWORD,
};

/**
 * `request` (the default): the page loads data. `static`: it loads nothing. `submit`:
 * a form whose only request is saving.
 */
export const PAGES: {
  path: string;
  as: Who;
  heading: string | RegExp;
  kind?: "request" | "static" | "submit";
  /** For `submit`: how to fill the form and which button sends it (the item form's by default). */
  form?: { fill: (page: Page) => Promise<void>; send: string };
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
  { path: "/join", as: "visitor", heading: "Join the alliance", kind: "static" },
  { path: "/privacy", as: "visitor", heading: "Privacy notice", kind: "static" },
  { path: "/accessibility", as: "visitor", heading: "Accessibility statement", kind: "static" },
  { path: "/terms", as: "visitor", heading: "Terms of use", kind: "static" },
  { path: "/cookies", as: "visitor", heading: "Cookies", kind: "static" },
  { path: "/sign-in", as: "visitor", heading: "Sign in", kind: "static" },
  { path: "/sign-up", as: "visitor", heading: "Create an account", kind: "static" },
  { path: "/confirm-sign-up", as: "visitor", heading: "Confirm your account", kind: "static" },
  { path: "/forgot-password", as: "visitor", heading: "Reset your password", kind: "static" },
  { path: "/reset-password", as: "visitor", heading: "Choose a new password", kind: "static" },
  { path: "/no-such-page", as: "visitor", heading: "Page not found", kind: "static" },
  {
    path: `/unsubscribe/${"A".repeat(43)}`,
    as: "visitor",
    heading: "Stop these e-mails",
    kind: "submit",
    form: { send: "Stop these e-mails", fill: async () => {} },
  },
  { path: "/profile", as: "learner", heading: "My profile" },
  { path: "/notifications", as: "learner", heading: "Notifications" },
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
  { path: "/exchange-requests", as: "contributorA", heading: "My exchange requests" },
  {
    path: `/exchange-requests/new?to=${rotterdam.cityId}&city=Rotterdam`,
    as: "contributorA",
    heading: "Ask Rotterdam for an exchange",
    kind: "submit",
    form: {
      send: "Send the request",
      fill: async (page) => {
        await page.getByLabel("Theme").selectOption("youth-work");
        await page
          .getByLabel("Your message")
          .fill("A request sent while the API fails, to see it said.");
        await page.getByLabel("First option: from").fill("2027-03-09");
      },
    },
  },
  {
    path: `/exchange-requests/${completed.requestId}`,
    as: "contributorA",
    heading: "A call: Aarhus → Rotterdam",
  },
  { path: "/events", as: "visitor", heading: "Events" },
  { path: `/events/${lyonWorkshop.eventId}`, as: "visitor", heading: lyonWorkshop.title },
  { path: "/my-events", as: "learner", heading: "My events" },
  {
    path: "/events/new",
    as: "trainer",
    heading: "Create an event",
    kind: "submit",
    form: {
      send: "Create the draft",
      fill: async (page) => {
        await page.getByLabel("Title").fill("An event created while the API fails");
        await page
          .getByLabel("Description")
          .fill("Nothing can be saved while the API fails: the page says so.");
        await page.getByRole("checkbox", { name: "Youth work" }).check();
        await page.getByLabel("Starts").fill("2031-05-12T09:00");
        await page.getByLabel("Ends").fill("2031-05-12T12:00");
        await page.getByLabel("Registration closes").fill("2031-05-05T23:59");
        await page.getByLabel("Number of places").fill("10");
        await page.getByLabel("Online link (https)").fill("https://meet.example.org/x");
        await page.getByRole("checkbox", { name: "The event has a venue" }).uncheck();
      },
    },
  },
  {
    path: `/events/${lyonWorkshop.eventId}/edit`,
    as: "trainer",
    heading: `Edit “${lyonWorkshop.title}”`,
  },
  {
    path: `/events/${lyonWorkshop.eventId}/registrations`,
    as: "trainer",
    heading: `Registrations: ${lyonWorkshop.title}`,
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
  { path: "/admin/people", as: "admin", heading: "People" },
  { path: "/admin/audit", as: "admin", heading: "Audit log" },
  { path: "/admin/figures", as: "admin", heading: "Platform figures" },
  { path: "/admin/membership", as: "admin", heading: "Membership applications" },
  { path: "/admin/discussions", as: "admin", heading: "Reported posts" },
  {
    path: `/admin/membership/${waiting.applicationId}`,
    as: "admin",
    heading: `Application of ${waiting.form.cityName}`,
  },
  {
    path: `/admin/people/${DEMO_USERS[0]?.userId}`,
    as: "admin",
    heading: DEMO_USERS[0]?.displayName ?? "",
  },
];

const webUrl = () => inject("webUrl");

/** Signs this browser in as `who` (nobody for a visitor), through the sign-in page. */
export async function signInAs(page: Page, who: Who) {
  if (who === "visitor") return;
  await page.goto(`${webUrl()}/sign-in`);
  await signIn(page, who === "learner" ? learner : demoUser(who));
  await page.getByRole("status").filter({ hasText: "You are signed in." }).waitFor();
}

let enrolled: Promise<void> | undefined;

/**
 * Creates the run's learner and enrols them in the demo course, through the API: once
 * for the files that use them (the e2e files share their worker's modules).
 */
export function enrolLearner(): Promise<void> {
  enrolled ??= createAndEnrol();
  return enrolled;
}

async function createAndEnrol() {
  const cloud = inject("localCloud");
  await createUser(cloud, { ...learner, groups: [] });
  const { accessToken } = await signInToCognito(cloud, learner.username, learner.password);
  const url = new URL(`/api/me/courses/${course.courseId}/enrolment`, inject("apiUrl"));
  const enrol = await fetch(url, {
    method: "PUT",
    headers: { authorization: `Bearer ${accessToken}` },
  });
  expect(enrol.ok, `enrolment answered ${enrol.status}`).toBe(true);
}
