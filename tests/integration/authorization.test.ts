import { openApiDocument } from "@alliance/api/openapi";
import { DEMO_CITIES } from "@alliance/dev";
import { beforeAll, describe, expect, it } from "vitest";
import { attached, uploaded, uploadedTo } from "./support/attachment-fixtures.ts";
import { cityIn, cityWorld, STATUS_REASON } from "./support/city-fixtures.ts";
import { type Caller, type TestContext, testContext } from "./support/context.ts";
import { courseDocument, courseOf, documentsOf } from "./support/course-fixtures.ts";
import { ANSWER, answered, asked, QUESTION } from "./support/discussion-fixtures.ts";
import {
  eventForm,
  eventIn,
  eventMaterial,
  eventPath,
  materialsOf,
  registered,
} from "./support/event-fixtures.ts";
import { itemIn } from "./support/exchange-fixtures.ts";
import {
  MESSAGE,
  messageIn,
  OUTCOME,
  type RequestState,
  requestIn,
  requestTo,
} from "./support/exchange-request-fixtures.ts";
import { lessonIdsOf, RIGHT, WRONG } from "./support/learning-fixtures.ts";
import { APPLICATION, applicationIn } from "./support/membership-fixtures.ts";
import { notificationFor, unsubscribeTokenFor } from "./support/notification-fixtures.ts";
import { checkedPackage, scormCourseOf } from "./support/scorm-fixtures.ts";
import { OBSERVATION, observationIn } from "./support/signal-fixtures.ts";

/**
 * Every route × every kind of caller, with the exact status expected. A route
 * missing from this table fails the last test, so none can be added unchecked.
 */
const ACTORS = [
  "anonymous",
  "learner",
  "contributorOwnCity",
  "contributorOtherCity",
  "trainer",
  "otherTrainer",
  "admin",
] as const;
type ActorName = (typeof ACTORS)[number];

const everyone = (status: number) =>
  Object.fromEntries(ACTORS.map((actor) => [actor, status])) as Record<ActorName, number>;
const signedIn = (status: number) => ({ ...everyone(status), anonymous: 401 });
const adminOnly = { ...signedIn(403), admin: 200 };
/** Who sees an unpublished item: its city and administrators; others get 404. */
const insiders = (own: number, admin: number) => ({
  ...signedIn(404),
  contributorOwnCity: own,
  admin,
});

/** Course authoring: its owning trainer and administrators; another trainer learns it is not theirs. */
const courseOwners = (otherTrainer: number) => ({
  ...signedIn(403),
  trainer: 200,
  otherTrainer,
  admin: 200,
});

const [aarhus, rotterdam, lyon] = DEMO_CITIES;

interface RouteCase {
  method: string;
  path: string;
  /** When a route has several rows: what differs (the item's state, say). */
  variant?: string;
  /**
   * `applicant`: the status for the applicant of the application the row acts on;
   * `author`: for the author of the discussion post (or request message) it acts on;
   * `thirdCity`: for a contributor of a city that is neither side of the exchange request;
   * `learnerOwnCity` and `learnerOtherCity`: for a learner of the city the row's object
   * belongs to (the `learner` names no city) and of another city.
   */
  expected: Record<ActorName, number> & {
    applicant?: number;
    author?: number;
    thirdCity?: number;
    learnerOwnCity?: number;
    learnerOtherCity?: number;
  };
  request: (caller: Caller | undefined) => Promise<Response>;
}

let ctx: TestContext;
const callers = {} as Record<Exclude<ActorName, "anonymous">, Caller>;
/** Whose roles the admin route sets. */
let targetUserId: string;
/** A trainer to add as a co-trainer (the admin route's target may lose the role). */
let coTrainerId: string;
let publishedId: string;
let publishedCourseId: string;
let learning: Awaited<ReturnType<typeof enrolledIn>>;
let certificateCode: string;
/** A second certificate, for the administrators' withdrawal. */
let revocableCode: string;
/** How to make another caller of the same kind, for routes that end the caller's account. */
const sameKind = new Map<Caller, Parameters<TestContext["newUser"]>[0]>();

/**
 * Stands for the applicant of the application a membership row makes: such a
 * row's request sends as that application's applicant when given this caller.
 */
const APPLICANT: Caller = { username: "the applicant", password: "", token: "", idToken: "" };
/** The application read by the rows that do not change it, and its applicant. */
let standing: Awaited<ReturnType<typeof applicationIn>>;
/** A membership route on a fresh application in `state`, as `caller` or its applicant. */
const onApplication =
  (state: "submitted" | "information-requested", method: string, path: string, body?: unknown) =>
  async (caller: Caller | undefined) => {
    const made = await applicationIn(ctx, state, callers.admin);
    return ctx.raw(
      caller === APPLICANT ? made.applicant : caller,
      method,
      `/api/membership/applications/${made.applicationId}${path}`,
      body,
      { "if-match": `"${made.version}"` },
    );
  };

/** Stands for the author of the discussion post a row makes, as APPLICANT does for applications. */
const AUTHOR: Caller = { username: "the author", password: "", token: "", idToken: "" };
/** The discussion of the published item, and a question and answer there by someone else. */
const discussed = () => `/api/discussions/item:${publishedId}`;
let thread: Awaited<ReturnType<typeof answered>>;
/**
 * A discussion route on a fresh question (with an answer if `withAnswer`) by a new
 * member, as `caller` or that author; `If-Match: "1"`. Each request has its own
 * author, so that no caller nears the hourly limit on posts.
 */
const onPost =
  (
    withAnswer: boolean,
    method: string,
    path: (post: { questionId: string; answerId: string }) => string,
    body?: (post: { answerId: string }) => unknown,
  ) =>
  async (caller: Caller | undefined) => {
    const author = await ctx.newUser();
    const subject = `item:${publishedId}`;
    const post = withAnswer
      ? await answered(ctx, author, author, subject)
      : { ...(await asked(ctx, author, subject)), answerId: "" };
    return ctx.raw(
      caller === AUTHOR ? author : caller,
      method,
      `${discussed()}/questions/${post.questionId}${path(post)}`,
      body?.(post),
      { "if-match": '"1"' },
    );
  };
const HIDE = { decision: "hide", reason: "Personal data of a third person." };

/*
 * Exchange requests: the owning city is the requesting one (Aarhus), the other city
 * the requested one (Rotterdam). The learner names no city, so the request does not
 * exist for them (exchange-requests.test.ts covers a learner of a city);
 * `thirdCity` is a contributor of Lyon; `applicant`, the applicant of the standing
 * membership application (no city yet).
 */
let thirdCity: Caller;
/** A request the rows that do not change it read and write in. */
let standingRequest: string;
const exchangeRequests = "/api/exchange-requests";
/** The one caller a row sends as: the sentinels stand for the application's applicant. */
const asRequestCaller = (caller: Caller | undefined) =>
  caller === APPLICANT ? standing.applicant : caller;
/** A new contributor of Aarhus: each fresh request has its own, under the hourly limit. */
const newRequester = () => ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId });
/** A request step on a fresh request in `state`, as `caller`, If-Match its version. */
const onRequest =
  (state: RequestState, path: string, body?: unknown) => async (caller: Caller | undefined) => {
    const made = await requestIn(
      ctx,
      state,
      await newRequester(),
      callers.contributorOtherCity,
      rotterdam?.cityId as string,
    );
    return ctx.raw(
      asRequestCaller(caller),
      "POST",
      `${exchangeRequests}/${made.requestId}${path}`,
      body,
      { "if-match": `"${made.version}"` },
    );
  };
/** A message route on a fresh message by a new member of Aarhus in the standing request. */
const onMessage =
  (method: string, path: string, body?: unknown) => async (caller: Caller | undefined) => {
    const author = await newRequester();
    const made = await messageIn(ctx, author, standingRequest);
    return ctx.raw(
      caller === AUTHOR ? author : asRequestCaller(caller),
      method,
      `${exchangeRequests}/${standingRequest}/messages/${made.messageId}${path}`,
      body,
      { "if-match": `"${made.version}"` },
    );
  };
/** Who reads a request and its thread: its two cities' members and administrators. */
const requestReaders = (status: number) => ({
  ...signedIn(404),
  contributorOwnCity: status,
  contributorOtherCity: status,
  admin: status,
  applicant: 404,
  thirdCity: 404,
});
/** A step only some contributors take: readers who may not take it get 403, others 404. */
const requestStep = (own: number, other: number) => ({
  ...requestReaders(403),
  contributorOwnCity: own,
  contributorOtherCity: other,
});

/*
 * Events: the organising trainer is `trainer`; a city's event is Aarhus's
 * (`contributorOwnCity`). Each row that changes an event makes a fresh one.
 */
let standingEvent: string;
/** A fresh event of `organiser` (the trainer unless given), published unless asked. */
const freshEvent = (publish = true, organiser?: Caller) =>
  eventIn(ctx, organiser ?? callers.trainer, { publish });
/** An organiser's If-Match step on a fresh event. */
const onEvent =
  (method: string, path: string, body?: unknown, publish = true, organiser?: () => Caller) =>
  async (caller: Caller | undefined) => {
    const made = await freshEvent(publish, organiser?.());
    return ctx.raw(caller, method, `${eventPath(made.eventId)}${path}`, body, {
      "if-match": `"${made.version}"`,
    });
  };
/** A fresh event of the trainer (published unless asked) with one confirmed material. */
const withMaterial = async (publish = true) => {
  const { eventId } = await freshEvent(publish);
  const { attachmentId, version } = await eventMaterial(ctx, callers.trainer, eventId);
  return {
    eventId,
    attachmentId,
    version,
    path: `${eventPath(eventId)}/materials/${attachmentId}`,
  };
};
const MATERIAL = {
  title: "Slides of the morning",
  fileName: "slides.pdf",
  contentType: "application/pdf",
  size: 2048,
};
/** Who organises the trainer's event: the trainer and administrators; others 403. */
const organisers = (status: number) => ({ ...signedIn(403), trainer: status, admin: status });
let feedPath: Promise<string> | undefined;
/** A calendar feed of a person of its own (the feed rows replace the callers' own). */
const standingFeed = () => {
  feedPath ??= (async () => {
    const owner = await ctx.newUser();
    await registered(ctx, owner, standingEvent);
    const made = await ok(ctx, owner, "POST", "/api/me/calendar-feed");
    return new URL((made as { url: string }).url).pathname;
  })();
  return feedPath;
};

/*
 * Signals: the observation belongs to Aarhus (`contributorOwnCity`'s and
 * `learnerOwnCity`'s city); `learnerOtherCity` is a learner of Rotterdam, and the
 * `learner` names no city. Each row that changes an observation records a fresh one.
 */
let learnerOwnCity: Caller;
let learnerOtherCity: Caller;
const observations = "/api/signals/observations";
/** An If-Match step on a fresh observation of Aarhus, submitted (version 1). */
const onObservation =
  (method: string, path: string, body?: unknown) => async (caller: Caller | undefined) => {
    const made = await observationIn(ctx, callers.contributorOwnCity);
    return ctx.raw(caller, method, `${observations}/${made.observationId}${path}`, body, {
      "if-match": `"${made.version}"`,
    });
  };
/** Who sees an observation: its city's members (learners too) and administrators. */
const observationReaders = (admin: number, own: number) => ({
  ...signedIn(404),
  contributorOwnCity: own,
  admin,
  learnerOwnCity: own,
  learnerOtherCity: 404,
});
/** Every signed-in caller alike, learners of a city too. */
const everyMember = (status: number) => ({
  ...signedIn(status),
  learnerOwnCity: status,
  learnerOtherCity: status,
});
const signalAdmins = { ...adminOnly, learnerOwnCity: 403, learnerOtherCity: 403 };
/**
 * Notifications: a fresh one of the learner's, which only the learner may mark read
 * (everyone else's inbox has no such id: 404, so another's inbox does not leak).
 */
const learnersNotification = () => notificationFor(ctx, callers.learner);
const onlyTheLearner = (status: number) => ({ ...signedIn(404), learner: status });

/** A fresh item of the owning city in `status`, so every caller meets the same state. */
const fresh = (status: "draft" | "submitted" | "published") =>
  itemIn(ctx, status, callers.contributorOwnCity, callers.admin);
/*
 * Each row's subject is a route of the contract, named by its path as in
 * docs/openapi.json: the rows build that path as a string and send it with
 * ctx.raw, so the table checks the paths themselves.
 */
const items = "/api/exchange/items";
const courses = "/api/courses";
const attachmentsOf = (itemId: string) => `${items}/${itemId}/attachments`;
const documentsPath = (courseId: string) => `${courses}/${courseId}/draft/documents`;
const enrolmentOf = (courseId: string) => `/api/me/courses/${courseId}/enrolment`;
const lessonOf = (courseId: string, lessonId: string) =>
  `/api/me/courses/${courseId}/lessons/${lessonId}`;

/** One raw request that must succeed; answers the parsed body (null for 204). */
async function ok(
  ctx: TestContext,
  caller: Caller,
  method: string,
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) {
  const response = await ctx.raw(caller, method, path, body, headers);
  if (response.status >= 300) throw new Error(`${method} ${path}: ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** As `ok`, with If-Match: `version`. */
const step = (
  ctx: TestContext,
  caller: Caller,
  method: string,
  path: string,
  version: number,
  body?: unknown,
) => ok(ctx, caller, method, path, body, { "if-match": `"${version}"` });
/** A fresh course owned by `callers.trainer`: published (v1, draft version 5) unless asked. */
const freshCourse = (publish = true) => courseOf(ctx, callers.trainer, { publish });

/** A package of the published course, checked once (checking it again changes nothing). */
let scormPackage: Promise<string> | undefined;
const scormPackagePath = () => {
  scormPackage ??= checkedPackage(ctx, callers.trainer, publishedCourseId).then(
    ({ packageId }) => `${courses}/${publishedCourseId}/draft/scorm-packages/${packageId}`,
  );
  return scormPackage;
};
/** The run-time record of a SCORM lesson the learner is enrolled in, made once. */
let scormLesson: Promise<string> | undefined;
const scormLessonPath = () => {
  scormLesson ??= scormCourseOf(ctx, callers.trainer).then(async ({ courseId, lessonId }) => {
    await ok(ctx, callers.learner, "PUT", enrolmentOf(courseId));
    return `${lessonOf(courseId, lessonId)}/scorm`;
  });
  return scormLesson;
};
const SCORM_SAVE = {
  standard: "1.2",
  lessonStatus: "incomplete",
  scoreRaw: null,
  location: "page-2",
  suspendData: "",
  sessionTime: "0000:01:00",
};
/** One If-Match change on a fresh published course of the owning trainer. */
const courseChange =
  (
    method: string,
    path: (course: Awaited<ReturnType<typeof freshCourse>>) => string,
    body?: unknown,
    publish = true,
  ) =>
  async (caller: Caller | undefined) => {
    const course = await freshCourse(publish);
    return ctx.raw(caller, method, `${courses}/${course.courseId}${path(course)}`, body, {
      "if-match": `"${course.version}"`,
    });
  };
/** Trainers and administrators, whatever the course. */
const authors = (status: number) => ({
  ...signedIn(403),
  trainer: status,
  otherTrainer: status,
  admin: status,
});

/** A fresh course of the owning trainer with a confirmed file; published with a lesson using it. */
const courseWithDocument = async (publish: boolean) => {
  const course = await freshCourse(false);
  const { attachmentId, version } = await courseDocument(ctx, callers.trainer, course.courseId);
  const draft = `${courses}/${course.courseId}/draft`;
  await step(ctx, callers.trainer, "POST", `${draft}/modules/${course.moduleId}/lessons`, version, {
    title: "The strategy template",
    content: { kind: "document", fileName: "", attachmentId },
  });
  if (publish) {
    await step(ctx, callers.trainer, "POST", `${courses}/${course.courseId}/publish`, version + 1);
  }
  return `${courses}/${course.courseId}/documents/${attachmentId}`;
};

/** A fresh published item of the owning city with a pending revision, submitted if asked. */
/** A German translation of an item's text. */
const GERMAN = {
  title: "Mentoren für Jugendliche",
  summary: "Freiwillige treffen junge Menschen.",
  description: "Schulen und Jugendverbände führen das Programm gemeinsam.",
};

const withRevision = async (submitted: boolean) => {
  const { itemId, version } = await fresh("published");
  const step = (method: string, path: string, at: number, body?: unknown) =>
    ctx.raw(callers.contributorOwnCity, method, `${items}/${itemId}${path}`, body, {
      "if-match": `"${at}"`,
    });
  await step("PATCH", "", version, { title: "Renamed in a revision" });
  if (submitted) await step("POST", "/submit", version + 1);
  return { itemId, version: version + (submitted ? 2 : 1) };
};

/** A fresh item of the owning city in `status` with one confirmed attachment. */
const withFile = async (status: "draft" | "published") => {
  const { itemId } = await fresh("draft");
  const file = await attached(ctx, callers.contributorOwnCity, itemId);
  if (status === "draft") return { itemId, ...file };
  // Attached before publication: a published item's new files wait in its revision.
  const step = (caller: Caller, action: string, at: number, body?: unknown) =>
    ctx.raw(caller, "POST", `${items}/${itemId}/${action}`, body, { "if-match": `"${at}"` });
  await step(callers.contributorOwnCity, "submit", file.version);
  await step(callers.admin, "review", file.version + 1, { decision: "approve" });
  return { itemId, attachmentId: file.attachmentId, version: file.version + 2 };
};

beforeAll(async () => {
  ctx = await testContext();
  const [learner, ownCity, otherCity, trainer, otherTrainer, admin, target, coTrainer] =
    await Promise.all([
      ctx.newUser(),
      ctx.newUser({ groups: ["contributor"], cityId: aarhus?.cityId }),
      ctx.newUser({ groups: ["contributor"], cityId: rotterdam?.cityId }),
      ctx.newUser({ groups: ["trainer"] }),
      ctx.newUser({ groups: ["trainer"] }),
      ctx.newUser({ groups: ["admin"] }),
      ctx.newUser(),
      ctx.newUser({ groups: ["trainer"] }),
    ]);
  const likes: Array<[Caller | undefined, Parameters<TestContext["newUser"]>[0]]> = [
    [learner, { cityId: aarhus?.cityId }],
    [ownCity, { groups: ["contributor"], cityId: aarhus?.cityId }],
    [otherCity, { groups: ["contributor"], cityId: rotterdam?.cityId }],
    [trainer, { groups: ["trainer"] }],
    [otherTrainer, { groups: ["trainer"] }],
    [admin, { groups: ["admin"] }],
  ];
  for (const [caller, options] of likes) if (caller) sameKind.set(caller, options);
  Object.assign(callers, {
    learner,
    contributorOwnCity: ownCity,
    contributorOtherCity: otherCity,
    trainer,
    otherTrainer,
    admin,
  });
  targetUserId = (await (await ctx.raw(target as Caller, "GET", "/api/me")).json()).userId;
  coTrainerId = (await (await ctx.raw(coTrainer as Caller, "GET", "/api/me")).json()).userId;
  publishedId = (await fresh("published")).itemId;
  publishedCourseId = (await freshCourse()).courseId;
  learning = await enrolledIn(await freshCourse());
  const done = await enrolledIn(await freshCourse());
  await ok(ctx, callers.learner, "PUT", `${done.lesson}/completion`);
  certificateCode = (await ok(ctx, callers.learner, "POST", `${done.quiz}/attempts`, RIGHT))
    .progress.certificateCode;
  const another = await enrolledIn(await freshCourse());
  await ok(ctx, callers.learner, "PUT", `${another.lesson}/completion`);
  revocableCode = (await ok(ctx, callers.learner, "POST", `${another.quiz}/attempts`, RIGHT))
    .progress.certificateCode;
  // A credential issued: status list 1 exists.
  await ok(ctx, callers.learner, "GET", `/api/me/certificates/${certificateCode}/credential`);
  standing = await applicationIn(ctx, "submitted", callers.admin);
  thread = await answered(ctx, await ctx.newUser(), await ctx.newUser(), `item:${publishedId}`);
  thirdCity = await ctx.newUser({ groups: ["contributor"], cityId: lyon?.cityId });
  standingRequest = (
    await requestIn(
      ctx,
      "accepted",
      await newRequester(),
      otherCity as Caller,
      rotterdam?.cityId as string,
    )
  ).requestId;
  standingEvent = (await freshEvent()).eventId;
  [learnerOwnCity, learnerOtherCity] = await Promise.all([
    ctx.newUser({ cityId: aarhus?.cityId }),
    ctx.newUser({ cityId: rotterdam?.cityId }),
  ]);
});

/**
 * The rows that change a city's membership status act in a world of their own
 * (its table, two member cities, one person of each kind): suspending a seeded
 * city would stop other tests' contributors from publishing.
 */
let world: Awaited<ReturnType<typeof cityWorld>>;
/** The person of the same kind in `world`, for one of `callers`. */
const inWorld = (caller: Caller | undefined): Caller | undefined => {
  const actor = Object.entries(callers).find(([, known]) => known === caller)?.[0];
  return actor ? world.callers[actor as keyof typeof world.callers] : undefined;
};
/** A status change of `world`'s city, brought first to `from` by its administrator. */
const cityStatusChange =
  (action: "suspend" | "reinstate" | "leave", from: "active" | "suspended" | "former") =>
  async (caller: Caller | undefined) => {
    world ??= await cityWorld("authz-cities");
    const { ctx: own, cityId } = world;
    const version = await cityIn(own, world.callers.admin, cityId, from);
    const body = action === "leave" ? { ...STATUS_REASON, confirm: true } : STATUS_REASON;
    return own.raw(inWorld(caller), "POST", `/api/cities/${cityId}/${action}`, body, {
      "if-match": `"${version}"`,
    });
  };

/** Enrols the learner in `course`: its enrolment path and its lessons' paths. */
async function enrolledIn(course: { courseId: string }) {
  await ok(ctx, callers.learner, "PUT", enrolmentOf(course.courseId));
  const [textId, quizId] = (await lessonIdsOf(ctx, course.courseId)) as [string, string];
  return {
    courseId: course.courseId,
    enrolment: enrolmentOf(course.courseId),
    lesson: lessonOf(course.courseId, textId),
    quiz: lessonOf(course.courseId, quizId),
  };
}
/** Only the enrolled learner reaches their progress; anyone else is told it does not exist. */
const theLearner = (status: number) => ({ ...signedIn(404), learner: status });

const ROUTES: RouteCase[] = [
  {
    method: "GET",
    path: "/api/cities/directory",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/cities/directory"),
  },
  {
    method: "POST",
    path: "/api/cities/{cityId}/suspend",
    expected: adminOnly,
    request: cityStatusChange("suspend", "active"),
  },
  {
    method: "POST",
    path: "/api/cities/{cityId}/reinstate",
    expected: adminOnly,
    request: cityStatusChange("reinstate", "suspended"),
  },
  {
    method: "POST",
    path: "/api/cities/{cityId}/leave",
    // The city declares it; administrators record it on the city's request.
    expected: { ...signedIn(403), contributorOwnCity: 200, admin: 200 },
    request: cityStatusChange("leave", "active"),
  },
  {
    method: "GET",
    path: "/api/cities/{cityId}/membership-log",
    expected: { ...signedIn(403), contributorOwnCity: 200, admin: 200 },
    request: async (caller) => {
      world ??= await cityWorld("authz-cities");
      return world.ctx.raw(inWorld(caller), "GET", `/api/cities/${world.cityId}/membership-log`);
    },
  },
  {
    method: "POST",
    path: "/api/membership/applications",
    // Everyone may apply once at a time: each caller applies as a new person of its kind.
    expected: { ...signedIn(201), contributorOwnCity: 409, contributorOtherCity: 409 },
    request: async (caller) =>
      ctx.raw(
        caller && (await ctx.newUser(sameKind.get(caller))),
        "POST",
        "/api/membership/applications",
        APPLICATION,
      ),
  },
  {
    method: "GET",
    path: "/api/membership/applications/{applicationId}",
    expected: { ...signedIn(404), admin: 200, applicant: 200 },
    request: (caller) =>
      ctx.raw(
        caller === APPLICANT ? standing.applicant : caller,
        "GET",
        `/api/membership/applications/${standing.applicationId}`,
      ),
  },
  {
    method: "POST",
    path: "/api/membership/applications/{applicationId}/resubmit",
    expected: { ...signedIn(404), admin: 403, applicant: 200 },
    request: onApplication("information-requested", "POST", "/resubmit", APPLICATION),
  },
  {
    method: "POST",
    path: "/api/membership/applications/{applicationId}/withdraw",
    expected: { ...signedIn(404), admin: 403, applicant: 200 },
    request: onApplication("submitted", "POST", "/withdraw"),
  },
  {
    method: "POST",
    path: "/api/membership/applications/{applicationId}/review",
    expected: { ...adminOnly, applicant: 403 },
    // Asking for information: an approval would add a member city to the shared directory.
    request: onApplication("submitted", "POST", "/review", {
      decision: "request-information",
      message: "Who leads the network?",
    }),
  },
  {
    method: "GET",
    path: "/api/me/membership-applications",
    expected: { ...signedIn(200), applicant: 200 },
    request: (caller) =>
      ctx.raw(
        caller === APPLICANT ? standing.applicant : caller,
        "GET",
        "/api/me/membership-applications",
      ),
  },
  {
    method: "GET",
    path: "/api/admin/membership-applications",
    expected: { ...adminOnly, applicant: 403 },
    request: (caller) =>
      ctx.raw(
        caller === APPLICANT ? standing.applicant : caller,
        "GET",
        "/api/admin/membership-applications?state=submitted",
      ),
  },
  {
    method: "GET",
    path: "/api/discussions/{subject}",
    variant: "a published item",
    // Signed out: the counts only (the body's shape is tested in discussions.test.ts).
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", discussed()),
  },
  {
    method: "GET",
    path: "/api/discussions/{subject}",
    variant: "a published course",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", `/api/discussions/course:${publishedCourseId}`),
  },
  {
    method: "GET",
    path: "/api/discussions/{subject}",
    variant: "a draft item",
    expected: everyone(404),
    request: async (caller) =>
      ctx.raw(caller, "GET", `/api/discussions/item:${(await fresh("draft")).itemId}`),
  },
  {
    method: "POST",
    path: "/api/discussions/{subject}/questions",
    expected: signedIn(201),
    request: (caller) => ctx.raw(caller, "POST", `${discussed()}/questions`, QUESTION),
  },
  {
    method: "PATCH",
    path: "/api/discussions/{subject}/questions/{questionId}",
    expected: { ...signedIn(403), author: 200 },
    request: onPost(
      false,
      "PATCH",
      () => "",
      () => QUESTION,
    ),
  },
  {
    method: "POST",
    path: "/api/discussions/{subject}/questions/{questionId}/accept",
    expected: { ...signedIn(403), admin: 200, author: 200 },
    request: onPost(
      true,
      "POST",
      () => "/accept",
      (post) => ({ answerId: post.answerId }),
    ),
  },
  {
    method: "POST",
    path: "/api/discussions/{subject}/questions/{questionId}/answers",
    expected: signedIn(201),
    request: (caller) =>
      ctx.raw(caller, "POST", `${discussed()}/questions/${thread.questionId}/answers`, ANSWER),
  },
  {
    method: "PATCH",
    path: "/api/discussions/{subject}/questions/{questionId}/answers/{answerId}",
    expected: { ...signedIn(403), author: 200 },
    request: onPost(
      true,
      "PATCH",
      (post) => `/answers/${post.answerId}`,
      () => ANSWER,
    ),
  },
  {
    method: "POST",
    path: "/api/discussions/{subject}/questions/{questionId}/report",
    expected: signedIn(204),
    request: (caller) =>
      ctx.raw(caller, "POST", `${discussed()}/questions/${thread.questionId}/report`, {
        reason: "Off topic.",
      }),
  },
  {
    method: "POST",
    path: "/api/discussions/{subject}/questions/{questionId}/answers/{answerId}/report",
    expected: signedIn(204),
    request: (caller) =>
      ctx.raw(
        caller,
        "POST",
        `${discussed()}/questions/${thread.questionId}/answers/${thread.answerId}/report`,
        { reason: "Off topic." },
      ),
  },
  {
    method: "POST",
    path: "/api/discussions/{subject}/questions/{questionId}/moderation",
    expected: { ...adminOnly, author: 403 },
    request: onPost(
      false,
      "POST",
      () => "/moderation",
      () => HIDE,
    ),
  },
  {
    method: "POST",
    path: "/api/discussions/{subject}/questions/{questionId}/answers/{answerId}/moderation",
    expected: { ...adminOnly, author: 403 },
    request: onPost(
      true,
      "POST",
      (post) => `/answers/${post.answerId}/moderation`,
      () => HIDE,
    ),
  },
  {
    method: "GET",
    path: "/api/admin/discussion-reports",
    expected: adminOnly,
    request: (caller) => ctx.raw(caller, "GET", "/api/admin/discussion-reports"),
  },
  {
    method: "POST",
    path: "/api/exchange-requests",
    expected: {
      ...signedIn(403),
      contributorOwnCity: 201,
      // Rotterdam asking Rotterdam: a city cannot ask itself.
      contributorOtherCity: 400,
      applicant: 403,
      thirdCity: 201,
    },
    request: (caller) =>
      ctx.raw(
        asRequestCaller(caller),
        "POST",
        exchangeRequests,
        requestTo(rotterdam?.cityId as string),
      ),
  },
  {
    method: "GET",
    path: "/api/exchange-requests/{requestId}",
    expected: requestReaders(200),
    request: (caller) =>
      ctx.raw(asRequestCaller(caller), "GET", `${exchangeRequests}/${standingRequest}`),
  },
  {
    method: "GET",
    path: "/api/me/exchange-requests",
    expected: { ...signedIn(200), applicant: 200, thirdCity: 200 },
    request: (caller) =>
      ctx.raw(asRequestCaller(caller), "GET", "/api/me/exchange-requests?direction=outgoing"),
  },
  {
    method: "POST",
    path: "/api/exchange-requests/{requestId}/answer",
    expected: requestStep(403, 200),
    request: onRequest("open", "/answer", { decision: "accept" }),
  },
  {
    method: "POST",
    path: "/api/exchange-requests/{requestId}/accept-date",
    expected: requestStep(200, 403),
    request: onRequest("date-proposed", "/accept-date"),
  },
  {
    method: "POST",
    path: "/api/exchange-requests/{requestId}/withdraw",
    expected: requestStep(200, 403),
    request: onRequest("open", "/withdraw", {}),
  },
  {
    method: "POST",
    path: "/api/exchange-requests/{requestId}/outcome",
    expected: requestStep(200, 200),
    request: onRequest("accepted", "/outcome", OUTCOME),
  },
  {
    method: "POST",
    path: "/api/exchange-requests/{requestId}/experience",
    expected: requestStep(201, 201),
    request: onRequest("completed", "/experience"),
  },
  {
    method: "GET",
    path: "/api/exchange-requests/{requestId}/messages",
    expected: requestReaders(200),
    request: (caller) =>
      ctx.raw(asRequestCaller(caller), "GET", `${exchangeRequests}/${standingRequest}/messages`),
  },
  {
    method: "POST",
    path: "/api/exchange-requests/{requestId}/messages",
    // Administrators read and moderate the thread; they do not write in it.
    expected: { ...requestReaders(201), admin: 403 },
    request: (caller) =>
      ctx.raw(
        asRequestCaller(caller),
        "POST",
        `${exchangeRequests}/${standingRequest}/messages`,
        MESSAGE,
      ),
  },
  {
    method: "PATCH",
    path: "/api/exchange-requests/{requestId}/messages/{messageId}",
    expected: { ...requestReaders(403), author: 200 },
    request: onMessage("PATCH", "", { body: "Edited: see https://example.org" }),
  },
  {
    method: "POST",
    path: "/api/exchange-requests/{requestId}/messages/{messageId}/report",
    expected: { ...requestReaders(204), author: 409 },
    request: onMessage("POST", "/report", { reason: "Names a colleague's private address." }),
  },
  {
    method: "POST",
    path: "/api/exchange-requests/{requestId}/messages/{messageId}/moderation",
    expected: { ...adminOnly, applicant: 403, thirdCity: 403, author: 403 },
    request: onMessage("POST", "/moderation", HIDE),
  },
  {
    method: "GET",
    path: "/api/admin/exchange-request-reports",
    expected: { ...adminOnly, applicant: 403, thirdCity: 403 },
    request: (caller) =>
      ctx.raw(asRequestCaller(caller), "GET", "/api/admin/exchange-request-reports"),
  },
  {
    method: "GET",
    path: "/api/me/learning-record",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me/learning-record"),
  },
  {
    method: "DELETE",
    path: "/api/me",
    expected: signedIn(204),
    request: async (caller) =>
      ctx.raw(caller && (await ctx.newUser(sameKind.get(caller))), "DELETE", "/api/me"),
  },
  {
    method: "GET",
    path: "/api/me/learning",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me/learning"),
  },
  {
    method: "PUT",
    path: "/api/me/courses/{courseId}/enrolment",
    expected: signedIn(201),
    request: async (caller) => ctx.raw(caller, "PUT", enrolmentOf((await freshCourse()).courseId)),
  },
  {
    method: "GET",
    path: "/api/me/courses/{courseId}/enrolment",
    expected: theLearner(200),
    request: (caller) => ctx.raw(caller, "GET", learning.enrolment),
  },
  {
    method: "DELETE",
    path: "/api/me/courses/{courseId}/enrolment",
    expected: theLearner(204),
    request: async (caller) =>
      ctx.raw(caller, "DELETE", (await enrolledIn(await freshCourse())).enrolment),
  },
  {
    method: "GET",
    path: "/api/me/courses/{courseId}/lessons/{lessonId}",
    expected: theLearner(200),
    request: (caller) => ctx.raw(caller, "GET", learning.lesson),
  },
  {
    method: "PUT",
    path: "/api/me/courses/{courseId}/lessons/{lessonId}/completion",
    expected: theLearner(200),
    request: (caller) => ctx.raw(caller, "PUT", `${learning.lesson}/completion`),
  },
  {
    method: "POST",
    path: "/api/me/courses/{courseId}/lessons/{lessonId}/attempts",
    expected: theLearner(201),
    request: async (caller) =>
      ctx.raw(caller, "POST", `${(await enrolledIn(await freshCourse())).quiz}/attempts`, WRONG),
  },
  {
    method: "GET",
    path: "/api/me/courses/{courseId}/lessons/{lessonId}/scorm",
    expected: theLearner(200),
    request: async (caller) => ctx.raw(caller, "GET", await scormLessonPath()),
  },
  {
    method: "PUT",
    path: "/api/me/courses/{courseId}/lessons/{lessonId}/scorm",
    expected: theLearner(200),
    request: async (caller) => {
      const path = await scormLessonPath();
      // The learner's current version (an ETag "0" for anyone else, who is refused anyway).
      const current = (await ctx.raw(callers.learner, "GET", path)).headers.get("etag") ?? '"0"';
      return ctx.raw(caller, "PUT", path, SCORM_SAVE, { "if-match": current });
    },
  },
  {
    method: "GET",
    path: "/api/me/certificates/{code}",
    expected: theLearner(200),
    request: (caller) => ctx.raw(caller, "GET", `/api/me/certificates/${certificateCode}`),
  },
  {
    method: "GET",
    path: "/api/certificates/{code}",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", `/api/certificates/${certificateCode}`),
  },
  {
    method: "POST",
    path: "/api/admin/certificates/{code}/revocation",
    expected: adminOnly,
    request: (caller) =>
      ctx.raw(caller, "POST", `/api/admin/certificates/${revocableCode}/revocation`),
  },
  {
    method: "GET",
    path: "/api/me/certificates/{code}/credential",
    expected: theLearner(200),
    request: (caller) =>
      ctx.raw(caller, "GET", `/api/me/certificates/${certificateCode}/credential`),
  },
  {
    method: "GET",
    path: "/api/badges/did.json",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/badges/did.json"),
  },
  {
    method: "GET",
    path: "/api/badges/status-lists/{list}",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/badges/status-lists/1"),
  },
  {
    method: "POST",
    path: "/api/badges/verifications",
    expected: everyone(200),
    request: (caller) =>
      ctx.raw(caller, "POST", "/api/badges/verifications", { code: certificateCode }),
  },
  {
    method: "GET",
    path: "/api/courses/{courseId}/stats",
    expected: courseOwners(403),
    request: (caller) => ctx.raw(caller, "GET", `${courses}/${learning.courseId}/stats`),
  },
  {
    method: "GET",
    path: "/api/cities/{cityId}/learning",
    expected: { ...signedIn(403), contributorOwnCity: 200, admin: 200 },
    request: (caller) => ctx.raw(caller, "GET", `/api/cities/${aarhus?.cityId}/learning`),
  },
  {
    method: "GET",
    path: "/api/health",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/health"),
  },
  {
    method: "GET",
    path: "/api/sitemap.xml",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/sitemap.xml"),
  },
  {
    method: "GET",
    path: "/api/me",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me"),
  },
  {
    method: "PATCH",
    path: "/api/me",
    expected: signedIn(200),
    request: async (caller) => {
      const version = caller ? (await (await ctx.raw(caller, "GET", "/api/me")).json()).version : 1;
      return ctx.raw(
        caller,
        "PATCH",
        "/api/me",
        { displayName: "Table test" },
        {
          "if-match": `"${version}"`,
        },
      );
    },
  },
  {
    method: "GET",
    path: "/api/cities",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/cities"),
  },
  {
    method: "GET",
    path: "/api/cities/{cityId}",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", `/api/cities/${aarhus?.cityId}`),
  },
  {
    method: "GET",
    path: "/api/cities/{cityId}/similar",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", `/api/cities/${aarhus?.cityId}/similar`),
  },
  {
    method: "PATCH",
    path: "/api/cities/{cityId}",
    expected: { ...signedIn(403), contributorOwnCity: 200, admin: 200 },
    request: async (caller) => {
      const city = `/api/cities/${aarhus?.cityId}`;
      const { version } = await (await ctx.raw(caller, "GET", city)).json();
      // The seeded contact again: the table checks who may edit, not what.
      return ctx.raw(
        caller,
        "PATCH",
        city,
        { contactName: aarhus?.contactName },
        { "if-match": `"${version}"` },
      );
    },
  },
  {
    method: "PUT",
    path: "/api/admin/users/{userId}/roles",
    expected: adminOnly,
    request: (caller) =>
      ctx.raw(caller, "PUT", `/api/admin/users/${targetUserId}/roles`, { roles: [] }),
  },
  {
    method: "GET",
    path: "/api/admin/users",
    expected: adminOnly,
    request: (caller) => ctx.raw(caller, "GET", "/api/admin/users?q=test&limit=5"),
  },
  {
    method: "GET",
    path: "/api/admin/users/{userId}",
    expected: adminOnly,
    request: (caller) => ctx.raw(caller, "GET", `/api/admin/users/${targetUserId}`),
  },
  {
    method: "PUT",
    path: "/api/admin/users/{userId}/city",
    expected: adminOnly,
    request: async (caller) => {
      const person = `/api/admin/users/${targetUserId}`;
      const { version } = await (await ctx.raw(callers.admin, "GET", person)).json();
      return ctx.raw(
        caller,
        "PUT",
        `${person}/city`,
        { cityId: rotterdam?.cityId },
        { "if-match": `"${version}"` },
      );
    },
  },
  ...(["PUT", "DELETE"] as const).map((method) => ({
    method,
    path: "/api/admin/users/{userId}/suspension",
    expected: adminOnly,
    request: async (caller: Caller | undefined) => {
      const person = `/api/admin/users/${targetUserId}`;
      const { version } = await (await ctx.raw(callers.admin, "GET", person)).json();
      return ctx.raw(
        caller,
        method,
        `${person}/suspension`,
        method === "PUT" ? { reason: "Test of who may suspend" } : undefined,
        { "if-match": `"${version}"` },
      );
    },
  })),
  {
    method: "GET",
    path: "/api/admin/audit",
    expected: adminOnly,
    request: (caller) => ctx.raw(caller, "GET", `/api/admin/audit?object=${targetUserId}&limit=5`),
  },
  {
    method: "GET",
    path: "/api/admin/audit/export",
    expected: adminOnly,
    request: (caller) => ctx.raw(caller, "GET", "/api/admin/audit/export?action=city-set"),
  },
  {
    method: "GET",
    path: "/api/admin/figures",
    expected: adminOnly,
    request: (caller) => ctx.raw(caller, "GET", "/api/admin/figures"),
  },
  {
    method: "GET",
    path: "/api/exchange/items",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", `${items}?q=mentors&theme=youth-work`),
  },
  {
    method: "POST",
    path: "/api/exchange/items",
    expected: {
      ...signedIn(403),
      contributorOwnCity: 201,
      contributorOtherCity: 201,
    },
    request: (caller) => ctx.raw(caller, "POST", items, { kind: "resource", title: "A guide" }),
  },
  {
    method: "GET",
    path: "/api/exchange/items/{itemId}",
    variant: "published",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", `${items}/${publishedId}`),
  },
  {
    method: "GET",
    path: "/api/exchange/items/{itemId}",
    variant: "published, members only",
    expected: { ...everyone(200), anonymous: 401 },
    request: async (caller) => {
      const { itemId } = await itemIn(ctx, "published", callers.contributorOwnCity, callers.admin, {
        visibility: "members",
      });
      return ctx.raw(caller, "GET", `${items}/${itemId}`);
    },
  },
  {
    method: "GET",
    path: "/api/exchange/items/{itemId}",
    variant: "unknown id",
    expected: everyone(404),
    request: (caller) => ctx.raw(caller, "GET", `${items}/xch_01J9ZC3V6D8R1F3W5S9K2M4N7P`),
  },
  {
    method: "GET",
    path: "/api/exchange/items/{itemId}",
    variant: "draft",
    expected: { ...insiders(200, 200), anonymous: 404 },
    request: async (caller) => ctx.raw(caller, "GET", `${items}/${(await fresh("draft")).itemId}`),
  },
  {
    method: "PATCH",
    path: "/api/exchange/items/{itemId}",
    variant: "draft",
    expected: insiders(200, 403),
    request: async (caller) => {
      const { itemId, version } = await fresh("draft");
      return ctx.raw(
        caller,
        "PATCH",
        `${items}/${itemId}`,
        { title: "Renamed" },
        {
          "if-match": `"${version}"`,
        },
      );
    },
  },
  {
    method: "PATCH",
    path: "/api/exchange/items/{itemId}",
    variant: "published",
    expected: { ...signedIn(403), contributorOwnCity: 200 },
    request: async (caller) => {
      const { itemId, version } = await fresh("published");
      return ctx.raw(
        caller,
        "PATCH",
        `${items}/${itemId}`,
        { title: "Renamed" },
        {
          "if-match": `"${version}"`,
        },
      );
    },
  },
  {
    method: "POST",
    path: "/api/exchange/items/{itemId}/submit",
    expected: insiders(200, 403),
    request: async (caller) => {
      const { itemId, version } = await fresh("draft");
      return ctx.raw(caller, "POST", `${items}/${itemId}/submit`, undefined, {
        "if-match": `"${version}"`,
      });
    },
  },
  {
    method: "POST",
    path: "/api/exchange/items/{itemId}/submit",
    variant: "revision of a published item",
    expected: { ...signedIn(403), contributorOwnCity: 200 },
    request: async (caller) => {
      const { itemId, version } = await withRevision(false);
      return ctx.raw(caller, "POST", `${items}/${itemId}/submit`, undefined, {
        "if-match": `"${version}"`,
      });
    },
  },
  {
    method: "POST",
    path: "/api/exchange/items/{itemId}/review",
    variant: "revision of a published item",
    expected: adminOnly,
    request: async (caller) => {
      const { itemId, version } = await withRevision(true);
      return ctx.raw(
        caller,
        "POST",
        `${items}/${itemId}/review`,
        { decision: "approve" },
        { "if-match": `"${version}"` },
      );
    },
  },
  {
    method: "DELETE",
    path: "/api/exchange/items/{itemId}/revision",
    expected: { ...signedIn(403), contributorOwnCity: 200 },
    request: async (caller) => {
      const { itemId, version } = await withRevision(true);
      return ctx.raw(caller, "DELETE", `${items}/${itemId}/revision`, undefined, {
        "if-match": `"${version}"`,
      });
    },
  },
  {
    method: "PUT",
    path: "/api/exchange/items/{itemId}/translations/{language}",
    variant: "draft",
    expected: insiders(200, 200),
    request: async (caller) => {
      const { itemId, version } = await fresh("draft");
      return ctx.raw(caller, "PUT", `${items}/${itemId}/translations/de`, GERMAN, {
        "if-match": `"${version}"`,
      });
    },
  },
  {
    method: "PUT",
    path: "/api/exchange/items/{itemId}/translations/{language}",
    variant: "published",
    expected: { ...signedIn(403), contributorOwnCity: 200, admin: 200 },
    request: async (caller) => {
      const { itemId, version } = await fresh("published");
      return ctx.raw(caller, "PUT", `${items}/${itemId}/translations/de`, GERMAN, {
        "if-match": `"${version}"`,
      });
    },
  },
  {
    method: "DELETE",
    path: "/api/exchange/items/{itemId}/translations/{language}",
    variant: "published, translated",
    expected: { ...signedIn(403), contributorOwnCity: 200, admin: 200 },
    request: async (caller) => {
      const { itemId, version } = await fresh("published");
      const path = `${items}/${itemId}/translations/de`;
      await step(ctx, callers.admin, "PUT", path, version, GERMAN);
      return ctx.raw(caller, "DELETE", path, undefined, { "if-match": `"${version + 1}"` });
    },
  },
  {
    method: "POST",
    path: "/api/exchange/items/{itemId}/review",
    expected: adminOnly,
    request: async (caller) => {
      const { itemId, version } = await fresh("submitted");
      return ctx.raw(
        caller,
        "POST",
        `${items}/${itemId}/review`,
        { decision: "approve" },
        {
          "if-match": `"${version}"`,
        },
      );
    },
  },
  {
    method: "POST",
    path: "/api/exchange/items/{itemId}/archive",
    expected: { ...signedIn(403), contributorOwnCity: 200, admin: 200 },
    request: async (caller) => {
      const { itemId, version } = await fresh("published");
      return ctx.raw(caller, "POST", `${items}/${itemId}/archive`, undefined, {
        "if-match": `"${version}"`,
      });
    },
  },
  {
    method: "POST",
    path: "/api/exchange/items/{itemId}/attachments",
    variant: "draft",
    expected: insiders(201, 403),
    request: async (caller) =>
      ctx.raw(caller, "POST", attachmentsOf((await fresh("draft")).itemId), {
        fileName: "guide.pdf",
        contentType: "application/pdf",
        size: 2048,
      }),
  },
  {
    method: "POST",
    path: "/api/exchange/items/{itemId}/attachments",
    variant: "published: into its revision",
    expected: { ...signedIn(403), contributorOwnCity: 201 },
    request: async (caller) =>
      ctx.raw(caller, "POST", attachmentsOf((await fresh("published")).itemId), {
        fileName: "guide.pdf",
        contentType: "application/pdf",
        size: 2048,
      }),
  },
  {
    method: "POST",
    path: "/api/exchange/items/{itemId}/attachments/{attachmentId}/confirm",
    variant: "draft",
    expected: insiders(200, 403),
    request: async (caller) => {
      const { itemId } = await fresh("draft");
      const { attachmentId } = await uploaded(ctx, callers.contributorOwnCity, itemId);
      return ctx.raw(caller, "POST", `${attachmentsOf(itemId)}/${attachmentId}/confirm`);
    },
  },
  {
    method: "GET",
    path: "/api/exchange/items/{itemId}/attachments/{attachmentId}",
    variant: "published",
    expected: everyone(302),
    request: async (caller) => {
      const { itemId, attachmentId } = await withFile("published");
      return ctx.raw(caller, "GET", `${attachmentsOf(itemId)}/${attachmentId}`);
    },
  },
  {
    method: "GET",
    path: "/api/exchange/items/{itemId}/attachments/{attachmentId}",
    variant: "draft",
    expected: { ...insiders(302, 302), anonymous: 404 },
    request: async (caller) => {
      const { itemId, attachmentId } = await withFile("draft");
      return ctx.raw(caller, "GET", `${attachmentsOf(itemId)}/${attachmentId}`);
    },
  },
  {
    method: "DELETE",
    path: "/api/exchange/items/{itemId}/attachments/{attachmentId}",
    variant: "draft",
    expected: insiders(200, 403),
    request: async (caller) => {
      const { itemId, attachmentId, version } = await withFile("draft");
      return ctx.raw(caller, "DELETE", `${attachmentsOf(itemId)}/${attachmentId}`, undefined, {
        "if-match": `"${version}"`,
      });
    },
  },
  {
    method: "GET",
    path: "/api/me/city-items",
    expected: { ...signedIn(403), contributorOwnCity: 200, contributorOtherCity: 200 },
    request: (caller) => ctx.raw(caller, "GET", "/api/me/city-items"),
  },
  {
    method: "GET",
    path: "/api/admin/moderation",
    expected: adminOnly,
    request: (caller) => ctx.raw(caller, "GET", "/api/admin/moderation"),
  },
  {
    method: "PUT",
    path: "/api/me/bookmarks/{itemId}",
    expected: signedIn(204),
    request: (caller) => ctx.raw(caller, "PUT", `/api/me/bookmarks/${publishedId}`),
  },
  {
    method: "DELETE",
    path: "/api/me/bookmarks/{itemId}",
    expected: signedIn(204),
    request: (caller) => ctx.raw(caller, "DELETE", `/api/me/bookmarks/${publishedId}`),
  },
  {
    method: "GET",
    path: "/api/me/bookmarks",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me/bookmarks"),
  },
  {
    method: "GET",
    path: "/api/me/saved-searches",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me/saved-searches"),
  },
  {
    method: "POST",
    path: "/api/me/saved-searches",
    expected: signedIn(201),
    request: (caller) =>
      ctx.raw(caller, "POST", "/api/me/saved-searches", {
        name: "Youth work",
        criteria: { theme: ["youth-work"] },
      }),
  },
  {
    method: "DELETE",
    path: "/api/me/saved-searches/{savedSearchId}",
    expected: signedIn(204),
    request: (caller) =>
      ctx.raw(caller, "DELETE", "/api/me/saved-searches/svs_01J9ZC3V6D8R1F3W5S9K2M4N7P"),
  },
  {
    method: "GET",
    path: "/api/courses",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", courses),
  },
  {
    method: "GET",
    path: "/api/courses/mine",
    expected: authors(200),
    request: (caller) => ctx.raw(caller, "GET", `${courses}/mine`),
  },
  {
    method: "GET",
    path: "/api/trainers",
    expected: authors(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/trainers"),
  },
  {
    method: "GET",
    path: "/api/exchange/items/{itemId}/courses",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", `${items}/${publishedId}/courses`),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/draft/documents",
    expected: { ...courseOwners(403), trainer: 201, admin: 201 },
    request: (caller) =>
      ctx.raw(caller, "POST", documentsPath(publishedCourseId), {
        fileName: "template.pdf",
        contentType: "application/pdf",
        size: 1000,
      }),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/draft/documents/{attachmentId}/confirm",
    expected: courseOwners(403),
    request: async (caller) => {
      const { courseId } = await freshCourse();
      const declare = documentsOf(ctx, callers.trainer, courseId).declare;
      const { attachmentId } = await uploadedTo(declare);
      return ctx.raw(caller, "POST", `${documentsPath(courseId)}/${attachmentId}/confirm`);
    },
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/draft/scorm-packages",
    expected: { ...courseOwners(403), trainer: 201, admin: 201 },
    request: (caller) =>
      ctx.raw(caller, "POST", `${courses}/${publishedCourseId}/draft/scorm-packages`, {
        fileName: "module.zip",
        contentType: "application/zip",
        size: 1000,
      }),
  },
  {
    method: "GET",
    path: "/api/courses/{courseId}/draft/scorm-packages",
    expected: courseOwners(403),
    request: (caller) =>
      ctx.raw(caller, "GET", `${courses}/${publishedCourseId}/draft/scorm-packages`),
  },
  {
    method: "GET",
    path: "/api/courses/{courseId}/draft/scorm-packages/{packageId}",
    expected: courseOwners(403),
    request: async (caller) => ctx.raw(caller, "GET", await scormPackagePath()),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/draft/scorm-packages/{packageId}/check",
    expected: courseOwners(403),
    request: async (caller) => ctx.raw(caller, "POST", `${await scormPackagePath()}/check`),
  },
  {
    method: "GET",
    path: "/api/courses/{courseId}/documents/{attachmentId}",
    variant: "used by the published course",
    expected: everyone(302),
    request: async (caller) => ctx.raw(caller, "GET", await courseWithDocument(true)),
  },
  {
    method: "GET",
    path: "/api/courses/{courseId}/documents/{attachmentId}",
    variant: "in the draft only",
    expected: { ...everyone(404), trainer: 302, admin: 302 },
    request: async (caller) => ctx.raw(caller, "GET", await courseWithDocument(false)),
  },
  {
    method: "POST",
    path: "/api/courses",
    expected: { ...signedIn(403), trainer: 201, otherTrainer: 201, admin: 201 },
    request: (caller) => ctx.raw(caller, "POST", courses, { title: "A new course" }),
  },
  {
    method: "GET",
    path: "/api/courses/{courseId}",
    variant: "published",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", `${courses}/${publishedCourseId}`),
  },
  {
    method: "GET",
    path: "/api/courses/{courseId}",
    variant: "draft",
    expected: everyone(404),
    request: async (caller) =>
      ctx.raw(caller, "GET", `${courses}/${(await freshCourse(false)).courseId}`),
  },
  {
    method: "GET",
    path: "/api/courses/{courseId}/draft",
    variant: "published",
    expected: courseOwners(403),
    request: (caller) => ctx.raw(caller, "GET", `${courses}/${publishedCourseId}/draft`),
  },
  {
    method: "GET",
    path: "/api/courses/{courseId}/draft",
    variant: "never published",
    expected: courseOwners(404),
    request: async (caller) =>
      ctx.raw(caller, "GET", `${courses}/${(await freshCourse(false)).courseId}/draft`),
  },
  {
    method: "PATCH",
    path: "/api/courses/{courseId}/draft",
    expected: courseOwners(403),
    request: courseChange("PATCH", () => "/draft", { summary: "Changed" }),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/draft/modules",
    expected: courseOwners(403),
    request: courseChange("POST", () => "/draft/modules", { title: "More" }),
  },
  {
    method: "PATCH",
    path: "/api/courses/{courseId}/draft/modules/{moduleId}",
    expected: courseOwners(403),
    request: courseChange("PATCH", (c) => `/draft/modules/${c.moduleId}`, { title: "Renamed" }),
  },
  {
    method: "DELETE",
    path: "/api/courses/{courseId}/draft/modules/{moduleId}",
    expected: courseOwners(403),
    request: courseChange("DELETE", (c) => `/draft/modules/${c.moduleId}`),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/draft/modules/{moduleId}/move",
    expected: courseOwners(403),
    request: courseChange("POST", (c) => `/draft/modules/${c.moduleId}/move`, { index: 0 }),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/draft/modules/{moduleId}/lessons",
    expected: courseOwners(403),
    request: courseChange("POST", (c) => `/draft/modules/${c.moduleId}/lessons`, {
      title: "More reading",
      content: { kind: "text", body: "Text" },
    }),
  },
  {
    method: "PATCH",
    path: "/api/courses/{courseId}/draft/lessons/{lessonId}",
    expected: courseOwners(403),
    request: courseChange("PATCH", (c) => `/draft/lessons/${c.lessonId}`, { optional: true }),
  },
  {
    method: "DELETE",
    path: "/api/courses/{courseId}/draft/lessons/{lessonId}",
    expected: courseOwners(403),
    request: courseChange("DELETE", (c) => `/draft/lessons/${c.lessonId}`),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/draft/lessons/{lessonId}/move",
    expected: courseOwners(403),
    request: courseChange("POST", (c) => `/draft/lessons/${c.lessonId}/move`, {
      direction: "down",
    }),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/publish",
    variant: "never published",
    expected: courseOwners(404),
    request: courseChange("POST", () => "/publish", undefined, false),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/publish",
    variant: "published",
    expected: courseOwners(403),
    request: courseChange("POST", () => "/publish"),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/unpublish",
    expected: courseOwners(403),
    request: courseChange("POST", () => "/unpublish"),
  },
  {
    method: "POST",
    path: "/api/courses/{courseId}/archive",
    expected: courseOwners(403),
    request: courseChange("POST", () => "/archive"),
  },
  {
    method: "GET",
    path: "/api/courses/{courseId}/versions",
    expected: courseOwners(403),
    request: (caller) => ctx.raw(caller, "GET", `${courses}/${publishedCourseId}/versions`),
  },
  {
    method: "PUT",
    path: "/api/courses/{courseId}/trainers/{userId}",
    expected: courseOwners(403),
    request: courseChange("PUT", () => `/trainers/${coTrainerId}`),
  },
  {
    method: "POST",
    path: "/api/events",
    expected: { ...signedIn(201), learner: 403 },
    request: (caller) => ctx.raw(caller, "POST", "/api/events", eventForm()),
  },
  {
    method: "GET",
    path: "/api/events",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/events"),
  },
  {
    method: "GET",
    path: "/api/events/{eventId}",
    variant: "published",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", eventPath(standingEvent)),
  },
  {
    method: "GET",
    path: "/api/events/{eventId}",
    variant: "draft",
    expected: { ...everyone(404), trainer: 200, admin: 200 },
    request: async (caller) => ctx.raw(caller, "GET", eventPath((await freshEvent(false)).eventId)),
  },
  {
    method: "GET",
    path: "/api/me/events",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me/events?as=organiser"),
  },
  {
    method: "PATCH",
    path: "/api/events/{eventId}",
    variant: "a trainer's",
    expected: organisers(200),
    request: onEvent("PATCH", "", { title: "A renamed workshop" }),
  },
  {
    method: "PATCH",
    path: "/api/events/{eventId}",
    variant: "a city's",
    expected: { ...signedIn(403), contributorOwnCity: 200, admin: 200 },
    request: onEvent("PATCH", "", { capacity: 30 }, true, () => callers.contributorOwnCity),
  },
  {
    method: "POST",
    path: "/api/events/{eventId}/publish",
    expected: { ...signedIn(404), trainer: 200, admin: 200 },
    request: onEvent("POST", "/publish", undefined, false),
  },
  {
    method: "POST",
    path: "/api/events/{eventId}/cancel",
    expected: organisers(200),
    request: onEvent("POST", "/cancel", { reason: "The venue is closed." }),
  },
  {
    method: "PUT",
    path: "/api/events/{eventId}/registration",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "PUT", `${eventPath(standingEvent)}/registration`),
  },
  {
    method: "DELETE",
    path: "/api/events/{eventId}/registration",
    expected: signedIn(200),
    request: async (caller) => {
      const { eventId } = await freshEvent();
      if (caller) await registered(ctx, caller, eventId);
      return ctx.raw(caller, "DELETE", `${eventPath(eventId)}/registration`);
    },
  },
  {
    method: "GET",
    path: "/api/events/{eventId}/registrations",
    expected: organisers(200),
    request: (caller) => ctx.raw(caller, "GET", `${eventPath(standingEvent)}/registrations`),
  },
  {
    method: "PUT",
    path: "/api/events/{eventId}/registrations/{userId}/attendance",
    expected: organisers(200),
    request: async (caller) => {
      const { eventId } = await freshEvent();
      await registered(ctx, callers.learner, eventId);
      const { userId } = (await ok(ctx, callers.learner, "GET", "/api/me")) as { userId: string };
      return ctx.raw(caller, "PUT", `${eventPath(eventId)}/registrations/${userId}/attendance`, {
        attended: true,
      });
    },
  },
  {
    method: "POST",
    path: "/api/events/{eventId}/materials",
    variant: "a trainer's",
    expected: organisers(201),
    request: async (caller) =>
      ctx.raw(caller, "POST", `${eventPath((await freshEvent()).eventId)}/materials`, MATERIAL),
  },
  {
    method: "POST",
    path: "/api/events/{eventId}/materials",
    variant: "a city's, cancelled",
    expected: { ...signedIn(403), contributorOwnCity: 201, admin: 201 },
    request: async (caller) => {
      const made = await freshEvent(true, callers.contributorOwnCity);
      await ok(
        ctx,
        callers.contributorOwnCity,
        "POST",
        `${eventPath(made.eventId)}/cancel`,
        {},
        {
          "if-match": `"${made.version}"`,
        },
      );
      return ctx.raw(caller, "POST", `${eventPath(made.eventId)}/materials`, MATERIAL);
    },
  },
  {
    method: "POST",
    path: "/api/events/{eventId}/materials",
    variant: "draft",
    expected: { ...signedIn(404), trainer: 201, admin: 201 },
    request: async (caller) =>
      ctx.raw(
        caller,
        "POST",
        `${eventPath((await freshEvent(false)).eventId)}/materials`,
        MATERIAL,
      ),
  },
  {
    method: "POST",
    path: "/api/events/{eventId}/materials/{attachmentId}/confirm",
    expected: organisers(200),
    request: async (caller) => {
      const { eventId } = await freshEvent();
      const materials = materialsOf(ctx, callers.trainer, eventId);
      const { attachmentId } = await uploadedTo(materials.declare);
      return ctx.raw(caller, "POST", `${eventPath(eventId)}/materials/${attachmentId}/confirm`);
    },
  },
  {
    method: "GET",
    path: "/api/events/{eventId}/materials/{attachmentId}",
    variant: "published",
    expected: everyone(302),
    request: async (caller) => ctx.raw(caller, "GET", (await withMaterial()).path),
  },
  {
    method: "GET",
    path: "/api/events/{eventId}/materials/{attachmentId}",
    variant: "draft",
    expected: { ...everyone(404), trainer: 302, admin: 302 },
    request: async (caller) => ctx.raw(caller, "GET", (await withMaterial(false)).path),
  },
  {
    method: "DELETE",
    path: "/api/events/{eventId}/materials/{attachmentId}",
    expected: organisers(200),
    request: async (caller) => {
      const { path, version } = await withMaterial();
      return ctx.raw(caller, "DELETE", path, undefined, { "if-match": `"${version}"` });
    },
  },
  {
    method: "GET",
    path: "/api/events/{eventId}/calendar",
    expected: everyone(200),
    request: (caller) => ctx.raw(caller, "GET", `${eventPath(standingEvent)}/calendar`),
  },
  {
    method: "GET",
    path: "/api/me/calendar-feed",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me/calendar-feed"),
  },
  {
    method: "POST",
    path: "/api/me/calendar-feed",
    expected: signedIn(201),
    request: (caller) => ctx.raw(caller, "POST", "/api/me/calendar-feed"),
  },
  {
    method: "DELETE",
    path: "/api/me/calendar-feed",
    expected: signedIn(204),
    request: (caller) => ctx.raw(caller, "DELETE", "/api/me/calendar-feed"),
  },
  {
    method: "GET",
    path: "/api/calendar-feeds/{token}",
    expected: everyone(200),
    request: async (caller) => ctx.raw(caller, "GET", await standingFeed()),
  },
  {
    method: "POST",
    path: "/api/signals/observations",
    expected: {
      ...everyMember(201),
      learner: 403,
      trainer: 403,
      otherTrainer: 403,
      admin: 403,
    },
    request: (caller) => ctx.raw(caller, "POST", observations, OBSERVATION),
  },
  {
    method: "GET",
    path: "/api/signals/observations/{observationId}",
    expected: observationReaders(200, 200),
    request: onObservation("GET", ""),
  },
  {
    method: "PATCH",
    path: "/api/signals/observations/{observationId}",
    expected: observationReaders(403, 200),
    request: onObservation("PATCH", "", { intensity: "high" }),
  },
  {
    method: "GET",
    path: "/api/me/signals/observations",
    expected: everyMember(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me/signals/observations"),
  },
  {
    method: "GET",
    path: "/api/signals/review-queue",
    expected: signalAdmins,
    request: (caller) => ctx.raw(caller, "GET", "/api/signals/review-queue"),
  },
  {
    method: "POST",
    path: "/api/signals/observations/{observationId}/review",
    expected: signalAdmins,
    request: onObservation("POST", "/review", { decision: "approve" }),
  },
  {
    method: "GET",
    path: "/api/signals/picture",
    expected: everyMember(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/signals/picture"),
  },
  {
    method: "GET",
    path: "/api/signals/picture/export",
    expected: everyMember(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/signals/picture/export"),
  },
  {
    method: "GET",
    path: "/api/me/notifications",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me/notifications?limit=5"),
  },
  {
    method: "GET",
    path: "/api/me/notifications/unread-count",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me/notifications/unread-count"),
  },
  {
    method: "POST",
    path: "/api/me/notifications/read",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "POST", "/api/me/notifications/read"),
  },
  {
    method: "POST",
    path: "/api/me/notifications/{notificationId}/read",
    expected: onlyTheLearner(200),
    request: async (caller) =>
      ctx.raw(caller, "POST", `/api/me/notifications/${await learnersNotification()}/read`),
  },
  {
    method: "GET",
    path: "/api/me/notification-preferences",
    expected: signedIn(200),
    request: (caller) => ctx.raw(caller, "GET", "/api/me/notification-preferences"),
  },
  {
    method: "PUT",
    path: "/api/me/notification-preferences",
    expected: signedIn(200),
    request: async (caller) => {
      const current = await ctx.raw(callers.learner, "GET", "/api/me/notification-preferences");
      const choices = { ...(await current.json()), "request-message": "daily" };
      return ctx.raw(caller, "PUT", "/api/me/notification-preferences", choices);
    },
  },
  {
    method: "POST",
    path: "/api/unsubscribe/{unsubscribeToken}",
    // The address is the credential: anyone holding it, signed in or not.
    expected: everyone(200),
    request: async (caller) =>
      ctx.raw(
        caller,
        "POST",
        `/api/unsubscribe/${await unsubscribeTokenFor(ctx, callers.learner)}`,
      ),
  },
];

describe("authorization: every route × every kind of caller", () => {
  for (const route of ROUTES) {
    it(`${route.method} ${route.path}${route.variant ? ` (${route.variant})` : ""}`, async () => {
      const actual: Record<string, number> = {};
      for (const actor of ACTORS) {
        const caller = actor === "anonymous" ? undefined : callers[actor];
        actual[actor] = (await route.request(caller)).status;
      }
      if (route.expected.applicant !== undefined) {
        actual.applicant = (await route.request(APPLICANT)).status;
      }
      if (route.expected.author !== undefined) {
        actual.author = (await route.request(AUTHOR)).status;
      }
      if (route.expected.thirdCity !== undefined) {
        actual.thirdCity = (await route.request(thirdCity)).status;
      }
      if (route.expected.learnerOwnCity !== undefined) {
        actual.learnerOwnCity = (await route.request(learnerOwnCity)).status;
      }
      if (route.expected.learnerOtherCity !== undefined) {
        actual.learnerOtherCity = (await route.request(learnerOtherCity)).status;
      }
      expect(actual).toEqual(route.expected);
    });
  }

  it("covers every route the API documents", () => {
    const documented = Object.entries(openApiDocument().paths ?? {}).flatMap(([path, item]) =>
      Object.keys(item ?? {}).map((method) => `${method.toUpperCase()} ${path}`),
    );
    const tabled = [...new Set(ROUTES.map((route) => `${route.method} ${route.path}`))];
    expect(tabled.sort()).toEqual(documented.sort());
  });
});
