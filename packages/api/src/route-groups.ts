import { type Context, Hono } from "hono";
import { type AppEnv, REQUEST_ID_HEADER } from "./env.ts";
import { onError, onNotFound } from "./middleware/errors.ts";

/**
 * Each router of app-routes.ts, imported on demand: a cold start of the API function
 * evaluates no route file, no zod schema of a domain, and, split by esbuild at these
 * imports, does not load their code either (decision 0109).
 */
const ROUTERS = {
  healthRoutes: () => import("./routes/health.ts").then((m) => m.healthRoutes),
  profileMeRoutes: () => import("./routes/profile-me.ts").then((m) => m.profileMeRoutes),
  cityDirectoryRoutes: () =>
    import("./routes/cities-directory.ts").then((m) => m.cityDirectoryRoutes),
  cityRoutes: () => import("./routes/cities.ts").then((m) => m.cityRoutes),
  cityMembershipRoutes: () =>
    import("./routes/cities-membership.ts").then((m) => m.cityMembershipRoutes),
  citySimilarRoutes: () => import("./routes/cities-similar.ts").then((m) => m.citySimilarRoutes),
  peopleUserRoutes: () => import("./routes/people-users.ts").then((m) => m.peopleUserRoutes),
  auditRoutes: () => import("./routes/audit.ts").then((m) => m.auditRoutes),
  exchangeItemSearchRoutes: () =>
    import("./routes/exchange-item-search.ts").then((m) => m.exchangeItemSearchRoutes),
  exchangeItemRoutes: () => import("./routes/exchange-items.ts").then((m) => m.exchangeItemRoutes),
  exchangeItemWorkflowRoutes: () =>
    import("./routes/exchange-item-workflow.ts").then((m) => m.exchangeItemWorkflowRoutes),
  exchangeItemTranslationRoutes: () =>
    import("./routes/exchange-item-translations.ts").then((m) => m.exchangeItemTranslationRoutes),
  exchangeCityItemRoutes: () =>
    import("./routes/exchange-city-items.ts").then((m) => m.exchangeCityItemRoutes),
  exchangeModerationQueueRoutes: () =>
    import("./routes/exchange-moderation-queue.ts").then((m) => m.exchangeModerationQueueRoutes),
  exchangeAttachmentRoutes: () =>
    import("./routes/exchange-attachments.ts").then((m) => m.exchangeAttachmentRoutes),
  exchangeBookmarkRoutes: () =>
    import("./routes/exchange-bookmarks.ts").then((m) => m.exchangeBookmarkRoutes),
  exchangeSavedSearchRoutes: () =>
    import("./routes/exchange-saved-searches.ts").then((m) => m.exchangeSavedSearchRoutes),
  academyCourseListRoutes: () =>
    import("./routes/academy-courses.ts").then((m) => m.academyCourseListRoutes),
  academyTrainerRoutes: () =>
    import("./routes/academy-trainers.ts").then((m) => m.academyTrainerRoutes),
  academyItemCourseRoutes: () =>
    import("./routes/academy-item-courses.ts").then((m) => m.academyItemCourseRoutes),
  academyCourseRoutes: () =>
    import("./routes/academy-courses.ts").then((m) => m.academyCourseRoutes),
  academyCourseDraftRoutes: () =>
    import("./routes/academy-course-draft.ts").then((m) => m.academyCourseDraftRoutes),
  academyCoursePublishingRoutes: () =>
    import("./routes/academy-course-publishing.ts").then((m) => m.academyCoursePublishingRoutes),
  academyCourseTrainerRoutes: () =>
    import("./routes/academy-course-trainers.ts").then((m) => m.academyCourseTrainerRoutes),
  academyCourseDraftModuleRoutes: () =>
    import("./routes/academy-course-draft-modules.ts").then(
      (m) => m.academyCourseDraftModuleRoutes,
    ),
  academyCourseDraftLessonRoutes: () =>
    import("./routes/academy-course-draft-lessons.ts").then(
      (m) => m.academyCourseDraftLessonRoutes,
    ),
  academyCourseDocumentRoutes: () =>
    import("./routes/academy-course-documents.ts").then((m) => m.academyCourseDocumentRoutes),
  academyCourseScormPackageRoutes: () =>
    import("./routes/academy-course-scorm-packages.ts").then(
      (m) => m.academyCourseScormPackageRoutes,
    ),
  academyCourseScormCheckRoutes: () =>
    import("./routes/academy-course-scorm-check.ts").then((m) => m.academyCourseScormCheckRoutes),
  profileLearningRecordRoutes: () =>
    import("./routes/profile-learning-record.ts").then((m) => m.profileLearningRecordRoutes),
  learningMineRoutes: () => import("./routes/learning-mine.ts").then((m) => m.learningMineRoutes),
  learningEnrolmentRoutes: () =>
    import("./routes/learning-enrolment.ts").then((m) => m.learningEnrolmentRoutes),
  learningLessonRoutes: () =>
    import("./routes/learning-lessons.ts").then((m) => m.learningLessonRoutes),
  learningCertificateRoutes: () =>
    import("./routes/learning-certificates.ts").then((m) => m.learningCertificateRoutes),
  learningBadgeRoutes: () =>
    import("./routes/learning-badges.ts").then((m) => m.learningBadgeRoutes),
  learningCourseStatsRoutes: () =>
    import("./routes/learning-course-stats.ts").then((m) => m.learningCourseStatsRoutes),
  learningCityStatsRoutes: () =>
    import("./routes/learning-city-stats.ts").then((m) => m.learningCityStatsRoutes),
  sitemapRoutes: () => import("./routes/sitemap.ts").then((m) => m.sitemapRoutes),
  membershipApplicationRoutes: () =>
    import("./routes/membership-applications.ts").then((m) => m.membershipApplicationRoutes),
  membershipApplicationWorkflowRoutes: () =>
    import("./routes/membership-application-workflow.ts").then(
      (m) => m.membershipApplicationWorkflowRoutes,
    ),
  membershipMineRoutes: () =>
    import("./routes/membership-mine.ts").then((m) => m.membershipMineRoutes),
  membershipQueueRoutes: () =>
    import("./routes/membership-queue.ts").then((m) => m.membershipQueueRoutes),
  discussionRoutes: () => import("./routes/discussions.ts").then((m) => m.discussionRoutes),
  discussionQuestionRoutes: () =>
    import("./routes/discussions-questions.ts").then((m) => m.discussionQuestionRoutes),
  discussionAnswerRoutes: () =>
    import("./routes/discussions-answers.ts").then((m) => m.discussionAnswerRoutes),
  discussionReportRoutes: () =>
    import("./routes/discussions-reports.ts").then((m) => m.discussionReportRoutes),
  discussionModerationRoutes: () =>
    import("./routes/discussions-moderation.ts").then((m) => m.discussionModerationRoutes),
  exchangeRequestRoutes: () =>
    import("./routes/exchange-requests.ts").then((m) => m.exchangeRequestRoutes),
  exchangeRequestWorkflowRoutes: () =>
    import("./routes/exchange-request-workflow.ts").then((m) => m.exchangeRequestWorkflowRoutes),
  exchangeRequestMessageRoutes: () =>
    import("./routes/exchange-request-messages.ts").then((m) => m.exchangeRequestMessageRoutes),
  eventRoutes: () => import("./routes/events.ts").then((m) => m.eventRoutes),
  eventWorkflowRoutes: () =>
    import("./routes/events-workflow.ts").then((m) => m.eventWorkflowRoutes),
  eventMaterialRoutes: () =>
    import("./routes/events-materials.ts").then((m) => m.eventMaterialRoutes),
  eventRegistrationRoutes: () =>
    import("./routes/events-registrations.ts").then((m) => m.eventRegistrationRoutes),
  eventCalendarRoutes: () =>
    import("./routes/events-calendar.ts").then((m) => m.eventCalendarRoutes),
  signalObservationRoutes: () =>
    import("./routes/signals-observations.ts").then((m) => m.signalObservationRoutes),
  signalReviewRoutes: () => import("./routes/signals-review.ts").then((m) => m.signalReviewRoutes),
  signalPictureRoutes: () =>
    import("./routes/signals-picture.ts").then((m) => m.signalPictureRoutes),
  notificationRoutes: () => import("./routes/notifications.ts").then((m) => m.notificationRoutes),
  notificationPreferenceRoutes: () =>
    import("./routes/notifications-preferences.ts").then((m) => m.notificationPreferenceRoutes),
  notificationUnsubscribeRoutes: () =>
    import("./routes/notifications-unsubscribe.ts").then((m) => m.notificationUnsubscribeRoutes),
};

type RouterName = keyof typeof ROUTERS;

/**
 * A request's group: the first segment of its path after `/api`, and the second too
 * under `/me` and `/admin`, where no route has a parameter there. Routes and requests
 * are grouped alike, so a request meets, in app-routes.ts's order, every route that could
 * match it in the whole app, and no other.
 */
export function groupOf(path: string): string {
  const [, first = "", second = ""] = path.split("/");
  return first === "me" || first === "admin" ? `${first}/${second}` : first;
}

/**
 * The routers of each group, in app-routes.ts's order. `route-groups.test.ts` checks
 * that a group's routes are exactly the whole app's routes of that group, in order.
 */
export const ROUTE_GROUPS: Readonly<Record<string, readonly RouterName[]>> = {
  health: ["healthRoutes"],
  "me/": ["profileMeRoutes"],
  cities: [
    "cityDirectoryRoutes",
    "cityRoutes",
    "cityMembershipRoutes",
    "citySimilarRoutes",
    "learningCityStatsRoutes",
  ],
  "admin/users": ["peopleUserRoutes"],
  "admin/audit": ["auditRoutes"],
  "admin/figures": ["auditRoutes"],
  exchange: [
    "exchangeItemSearchRoutes",
    "exchangeItemRoutes",
    "exchangeItemWorkflowRoutes",
    "exchangeItemTranslationRoutes",
    "exchangeAttachmentRoutes",
    "academyItemCourseRoutes",
  ],
  "me/city-items": ["exchangeCityItemRoutes"],
  "admin/moderation": ["exchangeModerationQueueRoutes"],
  "me/bookmarks": ["exchangeBookmarkRoutes"],
  "me/saved-searches": ["exchangeSavedSearchRoutes"],
  courses: [
    "academyCourseListRoutes",
    "academyCourseRoutes",
    "academyCourseDraftRoutes",
    "academyCoursePublishingRoutes",
    "academyCourseTrainerRoutes",
    "academyCourseDraftModuleRoutes",
    "academyCourseDraftLessonRoutes",
    "academyCourseDocumentRoutes",
    "academyCourseScormPackageRoutes",
    "academyCourseScormCheckRoutes",
    "learningCourseStatsRoutes",
  ],
  trainers: ["academyTrainerRoutes"],
  "me/learning-record": ["profileLearningRecordRoutes"],
  "me/learning": ["learningMineRoutes"],
  "me/courses": ["learningEnrolmentRoutes", "learningLessonRoutes"],
  "me/certificates": ["learningCertificateRoutes", "learningBadgeRoutes"],
  certificates: ["learningCertificateRoutes"],
  "admin/certificates": ["learningCertificateRoutes"],
  badges: ["learningBadgeRoutes"],
  "sitemap.xml": ["sitemapRoutes"],
  membership: ["membershipApplicationRoutes", "membershipApplicationWorkflowRoutes"],
  "me/membership-applications": ["membershipMineRoutes"],
  "admin/membership-applications": ["membershipQueueRoutes"],
  discussions: [
    "discussionRoutes",
    "discussionQuestionRoutes",
    "discussionAnswerRoutes",
    "discussionReportRoutes",
    "discussionModerationRoutes",
  ],
  "admin/discussion-reports": ["discussionReportRoutes"],
  "exchange-requests": [
    "exchangeRequestRoutes",
    "exchangeRequestWorkflowRoutes",
    "exchangeRequestMessageRoutes",
  ],
  "me/exchange-requests": ["exchangeRequestRoutes"],
  "admin/exchange-request-reports": ["exchangeRequestMessageRoutes"],
  events: [
    "eventRoutes",
    "eventWorkflowRoutes",
    "eventMaterialRoutes",
    "eventRegistrationRoutes",
    "eventCalendarRoutes",
  ],
  "me/events": ["eventRoutes"],
  "me/calendar-feed": ["eventCalendarRoutes"],
  "calendar-feeds": ["eventCalendarRoutes"],
  signals: ["signalObservationRoutes", "signalReviewRoutes", "signalPictureRoutes"],
  "me/signals": ["signalObservationRoutes"],
  "me/notifications": ["notificationRoutes"],
  "me/notification-preferences": ["notificationPreferenceRoutes"],
  unsubscribe: ["notificationUnsubscribeRoutes"],
};

/**
 * Evaluates `@hono/zod-openapi` before any route module, which the route groups and the
 * OpenAPI document must await first: its evaluation adds `.openapi()` to zod's schemas,
 * which route modules call as they evaluate. A module that takes only `z` from it gets
 * zod's own `z` in esbuild's split bundle, and its chunk is then not ordered after
 * zod-openapi's (esbuild keeps no evaluation order across chunks for such re-exports).
 * Before decision 0112 the app itself was an `OpenAPIHono`, which evaluated it at start.
 */
export const zodOpenApiFirst = () => import("@hono/zod-openapi");

/** The context of the request a group's app answers, by its Request. */
const outer = new WeakMap<Request, Context<AppEnv>>();

/**
 * A group's routes as an app of their own, with the app's error handlers; it takes what
 * the app's middleware put on the context (core, actor, logger, request id) from the
 * request that `answer` hands it, and runs no middleware again.
 */
export async function loadGroup(names: readonly RouterName[]) {
  await zodOpenApiFirst();
  const routers = await Promise.all(names.map((name) => ROUTERS[name]()));
  // A plain Hono app: the routers are OpenAPIHono's, with their validation hooks.
  const app = new Hono<AppEnv>();
  app.use((c, next) => {
    const from = outer.get(c.req.raw);
    if (from) {
      const vars = from.var as Record<string, unknown>;
      for (const name in vars) c.set(name as keyof AppEnv["Variables"], vars[name] as never);
    }
    return next();
  });
  for (const router of routers) app.route("/api", router);
  app.notFound(onNotFound);
  app.onError(onError);
  return app;
}

/**
 * Answers API requests from the route groups, each imported and built on its first
 * request (then kept); a request to no group goes on to the app's "not found".
 */
export function routeGroups() {
  const loaded = new Map<string, Promise<Hono<AppEnv>>>();
  const groupApp = (group: string, names: readonly RouterName[]) => {
    let app = loaded.get(group);
    if (!app) {
      app = loadGroup(names);
      // A failed import is tried again by the next request.
      app.catch(() => loaded.delete(group));
      loaded.set(group, app);
    }
    return app;
  };
  return async (c: Context<AppEnv>, next: () => Promise<void>) => {
    const group = groupOf(c.req.path.slice("/api".length));
    const names = Object.hasOwn(ROUTE_GROUPS, group) ? ROUTE_GROUPS[group] : undefined;
    if (!names) return next();
    const app = await groupApp(group, names);
    outer.set(c.req.raw, c);
    const response = await app.fetch(c.req.raw, c.env);
    // The group's response itself, with the one header the app's middleware sets before the
    // routes (the request id; the others set theirs on this response after it): made again
    // through this context, its body would become a stream that the Node adapter writes
    // chunk by chunk, and a page cost one more Response and two copies of its headers.
    try {
      response.headers.set(REQUEST_ID_HEADER, c.get("requestId"));
      return response;
    } catch {
      // A response whose headers cannot change (Response.redirect's, say): made again here.
      return c.newResponse(response.body, response);
    }
  };
}
