import type { createBaseApp } from "./base-app.ts";
import { academyCourseDocumentRoutes } from "./routes/academy-course-documents.ts";
import { academyCourseDraftRoutes } from "./routes/academy-course-draft.ts";
import { academyCourseDraftLessonRoutes } from "./routes/academy-course-draft-lessons.ts";
import { academyCourseDraftModuleRoutes } from "./routes/academy-course-draft-modules.ts";
import { academyCoursePublishingRoutes } from "./routes/academy-course-publishing.ts";
import { academyCourseScormCheckRoutes } from "./routes/academy-course-scorm-check.ts";
import { academyCourseScormPackageRoutes } from "./routes/academy-course-scorm-packages.ts";
import { academyCourseTrainerRoutes } from "./routes/academy-course-trainers.ts";
import { academyCourseListRoutes, academyCourseRoutes } from "./routes/academy-courses.ts";
import { academyItemCourseRoutes } from "./routes/academy-item-courses.ts";
import { academyTrainerRoutes } from "./routes/academy-trainers.ts";
import { auditRoutes } from "./routes/audit.ts";
import { cityRoutes } from "./routes/cities.ts";
import { cityDirectoryRoutes } from "./routes/cities-directory.ts";
import { cityMembershipRoutes } from "./routes/cities-membership.ts";
import { citySimilarRoutes } from "./routes/cities-similar.ts";
import { discussionRoutes } from "./routes/discussions.ts";
import { discussionAnswerRoutes } from "./routes/discussions-answers.ts";
import { discussionModerationRoutes } from "./routes/discussions-moderation.ts";
import { discussionQuestionRoutes } from "./routes/discussions-questions.ts";
import { discussionReportRoutes } from "./routes/discussions-reports.ts";
import { eventRoutes } from "./routes/events.ts";
import { eventCalendarRoutes } from "./routes/events-calendar.ts";
import { eventMaterialRoutes } from "./routes/events-materials.ts";
import { eventRegistrationRoutes } from "./routes/events-registrations.ts";
import { eventWorkflowRoutes } from "./routes/events-workflow.ts";
import { exchangeAttachmentRoutes } from "./routes/exchange-attachments.ts";
import { exchangeBookmarkRoutes } from "./routes/exchange-bookmarks.ts";
import { exchangeCityItemRoutes } from "./routes/exchange-city-items.ts";
import { exchangeItemSearchRoutes } from "./routes/exchange-item-search.ts";
import { exchangeItemTranslationRoutes } from "./routes/exchange-item-translations.ts";
import { exchangeItemWorkflowRoutes } from "./routes/exchange-item-workflow.ts";
import { exchangeItemRoutes } from "./routes/exchange-items.ts";
import { exchangeModerationQueueRoutes } from "./routes/exchange-moderation-queue.ts";
import { exchangeRequestMessageRoutes } from "./routes/exchange-request-messages.ts";
import { exchangeRequestWorkflowRoutes } from "./routes/exchange-request-workflow.ts";
import { exchangeRequestRoutes } from "./routes/exchange-requests.ts";
import { exchangeSavedSearchRoutes } from "./routes/exchange-saved-searches.ts";
import { healthRoutes } from "./routes/health.ts";
import { learningBadgeRoutes } from "./routes/learning-badges.ts";
import { learningCertificateRoutes } from "./routes/learning-certificates.ts";
import { learningCityStatsRoutes } from "./routes/learning-city-stats.ts";
import { learningCourseStatsRoutes } from "./routes/learning-course-stats.ts";
import { learningEnrolmentRoutes } from "./routes/learning-enrolment.ts";
import { learningLessonRoutes } from "./routes/learning-lessons.ts";
import { learningMineRoutes } from "./routes/learning-mine.ts";
import { membershipApplicationWorkflowRoutes } from "./routes/membership-application-workflow.ts";
import { membershipApplicationRoutes } from "./routes/membership-applications.ts";
import { membershipMineRoutes } from "./routes/membership-mine.ts";
import { membershipQueueRoutes } from "./routes/membership-queue.ts";
import { notificationRoutes } from "./routes/notifications.ts";
import { notificationPreferenceRoutes } from "./routes/notifications-preferences.ts";
import { notificationUnsubscribeRoutes } from "./routes/notifications-unsubscribe.ts";
import { peopleUserRoutes } from "./routes/people-users.ts";
import { profileLearningRecordRoutes } from "./routes/profile-learning-record.ts";
import { profileMeRoutes } from "./routes/profile-me.ts";
import { signalObservationRoutes } from "./routes/signals-observations.ts";
import { signalPictureRoutes } from "./routes/signals-picture.ts";
import { signalReviewRoutes } from "./routes/signals-review.ts";
import { sitemapRoutes } from "./routes/sitemap.ts";

/**
 * Every route of the API on `app`, each in the file named for its path
 * (routes/<domain>-*.ts). The order matters twice: Hono matches in it (`/courses/mine`
 * before `/courses/{courseId}`), and docs/openapi.json lists paths and schemas in it, so
 * the committed contract stays the same when files move. The API function does not
 * call this: it loads the same routes in groups, each on its first request
 * (route-groups.ts, decision 0109); the OpenAPI document, the typed client's `App` and
 * the check of those groups come from here.
 */
export function withAllRoutes(app: ReturnType<typeof createBaseApp>) {
  return app
    .route("/api", healthRoutes)
    .route("/api", profileMeRoutes)
    .route("/api", cityDirectoryRoutes)
    .route("/api", cityRoutes)
    .route("/api", cityMembershipRoutes)
    .route("/api", citySimilarRoutes)
    .route("/api", peopleUserRoutes)
    .route("/api", auditRoutes)
    .route("/api", exchangeItemSearchRoutes)
    .route("/api", exchangeItemRoutes)
    .route("/api", exchangeItemWorkflowRoutes)
    .route("/api", exchangeItemTranslationRoutes)
    .route("/api", exchangeCityItemRoutes)
    .route("/api", exchangeModerationQueueRoutes)
    .route("/api", exchangeAttachmentRoutes)
    .route("/api", exchangeBookmarkRoutes)
    .route("/api", exchangeSavedSearchRoutes)
    .route("/api", academyCourseListRoutes)
    .route("/api", academyTrainerRoutes)
    .route("/api", academyItemCourseRoutes)
    .route("/api", academyCourseRoutes)
    .route("/api", academyCourseDraftRoutes)
    .route("/api", academyCoursePublishingRoutes)
    .route("/api", academyCourseTrainerRoutes)
    .route("/api", academyCourseDraftModuleRoutes)
    .route("/api", academyCourseDraftLessonRoutes)
    .route("/api", academyCourseDocumentRoutes)
    .route("/api", academyCourseScormPackageRoutes)
    .route("/api", academyCourseScormCheckRoutes)
    .route("/api", profileLearningRecordRoutes)
    .route("/api", learningMineRoutes)
    .route("/api", learningEnrolmentRoutes)
    .route("/api", learningLessonRoutes)
    .route("/api", learningCertificateRoutes)
    .route("/api", learningBadgeRoutes)
    .route("/api", learningCourseStatsRoutes)
    .route("/api", learningCityStatsRoutes)
    .route("/api", sitemapRoutes)
    .route("/api", membershipApplicationRoutes)
    .route("/api", membershipApplicationWorkflowRoutes)
    .route("/api", membershipMineRoutes)
    .route("/api", membershipQueueRoutes)
    .route("/api", discussionRoutes)
    .route("/api", discussionQuestionRoutes)
    .route("/api", discussionAnswerRoutes)
    .route("/api", discussionReportRoutes)
    .route("/api", discussionModerationRoutes)
    .route("/api", exchangeRequestRoutes)
    .route("/api", exchangeRequestWorkflowRoutes)
    .route("/api", exchangeRequestMessageRoutes)
    .route("/api", eventRoutes)
    .route("/api", eventWorkflowRoutes)
    .route("/api", eventMaterialRoutes)
    .route("/api", eventRegistrationRoutes)
    .route("/api", eventCalendarRoutes)
    .route("/api", signalObservationRoutes)
    .route("/api", signalReviewRoutes)
    .route("/api", signalPictureRoutes)
    .route("/api", notificationRoutes)
    .route("/api", notificationPreferenceRoutes)
    .route("/api", notificationUnsubscribeRoutes);
}
