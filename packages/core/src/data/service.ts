import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Entity, Schema } from "electrodb";
import { Entity as ElectroEntity, Service } from "electrodb";
import {
  CourseDraftEntity,
  CourseListingEntity,
  CourseVersionEntity,
} from "../academy/course.entity.ts";
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
import { buildEntity } from "./entity.ts";

/**
 * A new entity from a module-level one's schema (which stays unbuilt: entity.ts). A
 * Service binds its client and table into the entities it is given, so each service
 * gets its own: two data services (say, two clients in one test process) never rebind
 * each other's.
 */
function own<A extends string, F extends string, C extends string, S extends Schema<A, F, C>>(
  entity: Entity<A, F, C, S>,
): Entity<A, F, C, S> {
  return buildEntity(entity.schema);
}

// biome-ignore lint/suspicious/noExplicitAny: ElectroDB's own bound for a service's entities.
type EntityMap = { [name: string]: Entity<any, any, any, any> };

/** ElectroDB's (undeclared) hook that turns what a service is given into an entity. */
type JoinHook = { _inferJoinEntity(instance: unknown, options: unknown): unknown };

/**
 * ElectroDB's Service, minus a schema check at run time. For each entity it is given,
 * the Service asks twice (naming the service, then joining it) whether it is a model,
 * by validating the Entity object against ElectroDB's JSON Schema of models (the
 * `jsonschema` package): a failing validation each time, 34 in all, about 20 ms of a
 * cold start with the garbage they leave (decision 0027). Every entity here is an
 * Entity, which ElectroDB then uses as it is; anything else still takes its path.
 * `entity.test.ts` shows that the check is skipped and the entities are the ones given.
 */
class EntitiesService<E extends EntityMap> extends Service<E> {
  _inferJoinEntity(instance: unknown, options: unknown): unknown {
    if (instance instanceof ElectroEntity) return instance;
    return (Service.prototype as unknown as JoinHook)._inferJoinEntity.call(
      this,
      instance,
      options,
    );
  }
}

/**
 * All entities over one table and one client. Each entity sits beside its domain
 * (`exchange/exchange-item.entity.ts`); this is the one place that gathers them.
 */
export function createDataService(client: DynamoDBDocumentClient, table: string) {
  const entities = {
    user: own(UserEntity),
    accountTombstone: own(AccountTombstoneEntity),
    city: own(CityEntity),
    exchangeItem: own(ExchangeItemEntity),
    moderationEvent: own(ModerationEventEntity),
    bookmark: own(BookmarkEntity),
    savedSearch: own(SavedSearchEntity),
    pendingUpload: own(PendingUploadEntity),
    openUploads: own(OpenUploadsEntity),
    courseDraft: own(CourseDraftEntity),
    courseVersion: own(CourseVersionEntity),
    courseListing: own(CourseListingEntity),
    courseSummary: own(CourseSummaryEntity),
    workshopLesson: own(WorkshopLessonEntity),
    scormPackage: own(ScormPackageEntity),
    enrolment: own(EnrolmentEntity),
    quizAttempt: own(QuizAttemptEntity),
    scormRuntime: own(ScormRuntimeEntity),
    xapiStatement: own(XapiStatementEntity),
    courseCounter: own(CourseCounterEntity),
    cityCourseCounter: own(CityCourseCounterEntity),
    certificate: own(CertificateEntity),
    badgeStatusAllocation: own(BadgeStatusAllocationEntity),
    badgeStatusList: own(BadgeStatusListEntity),
    processedChange: own(ProcessedChangeEntity),
    membershipApplication: own(MembershipApplicationEntity),
    membershipEvent: own(MembershipEventEntity),
    openApplication: own(OpenApplicationEntity),
    cityStatusEvent: own(CityStatusEventEntity),
    discussionQuestion: own(DiscussionQuestionEntity),
    discussionAnswer: own(DiscussionAnswerEntity),
    discussionCount: own(DiscussionCountEntity),
    discussionReport: own(DiscussionReportEntity),
    discussionFlag: own(DiscussionFlagEntity),
    discussionEvent: own(DiscussionEventEntity),
    migration: own(AppliedMigrationEntity),
    exchangeRequest: own(ExchangeRequestEntity),
    requestMessage: own(RequestMessageEntity),
    requestMessageReport: own(RequestMessageReportEntity),
    requestMessageFlag: own(RequestMessageFlagEntity),
    exchangeRequestEvent: own(ExchangeRequestEventEntity),
    auditRecord: own(AuditRecordEntity),
    event: own(EventEntity),
    eventRegistration: own(RegistrationEntity),
    eventLogEntry: own(EventLogEntity),
    calendarFeed: own(CalendarFeedEntity),
    calendarFeedOwner: own(CalendarFeedOwnerEntity),
    signalObservation: own(SignalObservationEntity),
    notification: own(NotificationEntity),
    notificationPreferences: own(NotificationPreferencesEntity),
    unsubscribeLink: own(UnsubscribeLinkEntity),
    digestEntry: own(DigestEntryEntity),
    emailDigest: own(EmailDigestEntity),
  };
  const service: Service<typeof entities> = new EntitiesService(entities, { client, table });
  // The client itself, for the few hot reads sent with prepared parameters (prepared-query.ts).
  return Object.assign(service, { documentClient: client });
}

export type DataService = ReturnType<typeof createDataService>;
