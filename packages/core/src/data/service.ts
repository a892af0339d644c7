import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Entity, Schema } from "electrodb";
import { Service, type ServiceConfiguration } from "electrodb";
import {
  CourseDraftEntity,
  CourseListingEntity,
  CourseVersionEntity,
} from "../academy/course.entity.ts";
import { CourseCatalogueEntity } from "../academy/course-catalogue.entity.ts";
import { CourseSummaryEntity } from "../academy/course-summary.entity.ts";
import { ScormPackageEntity } from "../academy/scorm/scorm-package.entity.ts";
import { WorkshopLessonEntity } from "../academy/workshop-lesson.entity.ts";
import { AuditRecordEntity } from "../audit/audit-record.entity.ts";
import { AccountTombstoneEntity } from "../auth/account-tombstone.entity.ts";
import { UserEntity } from "../auth/user.entity.ts";
import { CityEntity } from "../cities/city.entity.ts";
import { CityStatusEventEntity } from "../cities/city-status-event.entity.ts";
import {
  DiscussionAnswerEntity,
  DiscussionCountEntity,
  DiscussionEventEntity,
  DiscussionFlagEntity,
  DiscussionQuestionEntity,
  DiscussionReportEntity,
} from "../discussions/discussion.entity.ts";
import {
  CalendarFeedEntity,
  CalendarFeedOwnerEntity,
  EventEntity,
  EventLogEntity,
  RegistrationEntity,
} from "../events/event.entity.ts";
import { BookmarkEntity } from "../exchange/bookmark.entity.ts";
import { ExchangeItemEntity } from "../exchange/exchange-item.entity.ts";
import { ModerationEventEntity } from "../exchange/moderation-event.entity.ts";
import { OpenUploadsEntity } from "../exchange/open-uploads.entity.ts";
import { PendingUploadEntity } from "../exchange/pending-upload.entity.ts";
import { SavedSearchEntity } from "../exchange/saved-search.entity.ts";
import {
  ExchangeRequestEntity,
  ExchangeRequestEventEntity,
  RequestMessageEntity,
  RequestMessageFlagEntity,
  RequestMessageReportEntity,
} from "../exchange-requests/exchange-request.entity.ts";
import {
  BadgeStatusAllocationEntity,
  BadgeStatusListEntity,
  CertificateEntity,
} from "../learning/certificate.entity.ts";
import { CityCourseCounterEntity } from "../learning/city-course-counter.entity.ts";
import { CourseCounterEntity } from "../learning/course-counter.entity.ts";
import { EnrolmentEntity } from "../learning/enrolment.entity.ts";
import { QuizAttemptEntity } from "../learning/quiz-attempt.entity.ts";
import { ScormRuntimeEntity } from "../learning/scorm-runtime.entity.ts";
import { XapiStatementEntity } from "../learning/xapi/xapi-statement.entity.ts";
import {
  MembershipApplicationEntity,
  MembershipEventEntity,
  OpenApplicationEntity,
} from "../membership/membership-application.entity.ts";
import { AppliedMigrationEntity } from "../migrations/applied-migration.entity.ts";
import { DigestEntryEntity, EmailDigestEntity } from "../notifications/digest.entity.ts";
import {
  NotificationEntity,
  NotificationPreferencesEntity,
  UnsubscribeLinkEntity,
} from "../notifications/notification.entity.ts";
import { SignalObservationEntity } from "../signals/observation.entity.ts";
import { ProcessedChangeEntity } from "../stream/processed-change.entity.ts";
import { buildEntity, lazyEntity } from "./entity.ts";
import { SERVICE_NAME } from "./service-name.ts";

/**
 * A module-level entity's own copy for one data service: the same schema, bound to the
 * service's client and table, built on its first use (`lazyEntity`). Each service gets
 * its own, so two data services (say, two clients in one test process) never rebind each
 * other's; and a cold start builds none of them until a request uses one: building
 * them all was about a sixth of the API function's cold start (decision 0098).
 */
function own<A extends string, F extends string, C extends string, S extends Schema<A, F, C>>(
  entity: Entity<A, F, C, S>,
  config: ServiceConfiguration,
): Entity<A, F, C, S> {
  const { schema } = entity;
  return lazyEntity(schema, () => buildEntity(schema, config));
}

// biome-ignore lint/suspicious/noExplicitAny: ElectroDB's own bound for a service's entities.
type EntityMap = { [name: string]: Entity<any, any, any, any> };

/**
 * ElectroDB's Service made by name (its `new Service(name, config)` form, which joins
 * nothing) and handed entities already bound to its client and table. Joining, the
 * other form, reads each entity's parsed model (its service name, its collections), so it
 * would build them all at once; it also checked each against a JSON Schema (decision
 * 0027). What joining checks, `entity.test.ts` checks instead: every entity is of this
 * service, and none is in a collection (a joined-by-name service has no `collections`).
 * Transactions read `entities` when they run, so lazy entities serve them as built ones
 * do; a cancelled transaction reads every entity's identifiers, which builds the rest
 * once per process.
 */
function entitiesService<E extends EntityMap>(entities: E, config: ServiceConfiguration) {
  const ByName = Service as unknown as new (
    name: string,
    config: ServiceConfiguration,
  ) => Service<E>;
  const service = new ByName(SERVICE_NAME, config);
  service.entities = entities;
  return service;
}

/**
 * All entities over one table and one client. Each entity sits beside its domain
 * (`exchange/exchange-item.entity.ts`); this is the one place that gathers them.
 */
export function createDataService(client: DynamoDBDocumentClient, table: string) {
  const config = { client, table };
  const entities = {
    user: own(UserEntity, config),
    accountTombstone: own(AccountTombstoneEntity, config),
    city: own(CityEntity, config),
    exchangeItem: own(ExchangeItemEntity, config),
    moderationEvent: own(ModerationEventEntity, config),
    bookmark: own(BookmarkEntity, config),
    savedSearch: own(SavedSearchEntity, config),
    pendingUpload: own(PendingUploadEntity, config),
    openUploads: own(OpenUploadsEntity, config),
    courseDraft: own(CourseDraftEntity, config),
    courseVersion: own(CourseVersionEntity, config),
    courseListing: own(CourseListingEntity, config),
    courseSummary: own(CourseSummaryEntity, config),
    courseCatalogue: own(CourseCatalogueEntity, config),
    workshopLesson: own(WorkshopLessonEntity, config),
    scormPackage: own(ScormPackageEntity, config),
    enrolment: own(EnrolmentEntity, config),
    quizAttempt: own(QuizAttemptEntity, config),
    scormRuntime: own(ScormRuntimeEntity, config),
    xapiStatement: own(XapiStatementEntity, config),
    courseCounter: own(CourseCounterEntity, config),
    cityCourseCounter: own(CityCourseCounterEntity, config),
    certificate: own(CertificateEntity, config),
    badgeStatusAllocation: own(BadgeStatusAllocationEntity, config),
    badgeStatusList: own(BadgeStatusListEntity, config),
    processedChange: own(ProcessedChangeEntity, config),
    membershipApplication: own(MembershipApplicationEntity, config),
    membershipEvent: own(MembershipEventEntity, config),
    openApplication: own(OpenApplicationEntity, config),
    cityStatusEvent: own(CityStatusEventEntity, config),
    discussionQuestion: own(DiscussionQuestionEntity, config),
    discussionAnswer: own(DiscussionAnswerEntity, config),
    discussionCount: own(DiscussionCountEntity, config),
    discussionReport: own(DiscussionReportEntity, config),
    discussionFlag: own(DiscussionFlagEntity, config),
    discussionEvent: own(DiscussionEventEntity, config),
    migration: own(AppliedMigrationEntity, config),
    exchangeRequest: own(ExchangeRequestEntity, config),
    requestMessage: own(RequestMessageEntity, config),
    requestMessageReport: own(RequestMessageReportEntity, config),
    requestMessageFlag: own(RequestMessageFlagEntity, config),
    exchangeRequestEvent: own(ExchangeRequestEventEntity, config),
    auditRecord: own(AuditRecordEntity, config),
    event: own(EventEntity, config),
    eventRegistration: own(RegistrationEntity, config),
    eventLogEntry: own(EventLogEntity, config),
    calendarFeed: own(CalendarFeedEntity, config),
    calendarFeedOwner: own(CalendarFeedOwnerEntity, config),
    signalObservation: own(SignalObservationEntity, config),
    notification: own(NotificationEntity, config),
    notificationPreferences: own(NotificationPreferencesEntity, config),
    unsubscribeLink: own(UnsubscribeLinkEntity, config),
    digestEntry: own(DigestEntryEntity, config),
    emailDigest: own(EmailDigestEntity, config),
  };
  const service = entitiesService(entities, config);
  // The client itself, for the few hot reads sent with prepared parameters (prepared-query.ts).
  return Object.assign(service, { documentClient: client });
}

export type DataService = ReturnType<typeof createDataService>;
