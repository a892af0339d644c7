import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { Entity, Schema } from "electrodb";
import { Service } from "electrodb";
import {
  CourseDraftEntity,
  CourseListingEntity,
  CourseVersionEntity,
} from "../academy/course.entity.ts";
import { AccountTombstoneEntity } from "../auth/account-tombstone.entity.ts";
import { UserEntity } from "../auth/user.entity.ts";
import { CityEntity } from "../cities/city.entity.ts";
import { BookmarkEntity } from "../exchange/bookmark.entity.ts";
import { ExchangeItemEntity } from "../exchange/exchange-item.entity.ts";
import { ModerationEventEntity } from "../exchange/moderation-event.entity.ts";
import { OpenUploadsEntity } from "../exchange/open-uploads.entity.ts";
import { PendingUploadEntity } from "../exchange/pending-upload.entity.ts";
import { CertificateEntity } from "../learning/certificate.entity.ts";
import { CityCourseCounterEntity } from "../learning/city-course-counter.entity.ts";
import { CourseCounterEntity } from "../learning/course-counter.entity.ts";
import { EnrolmentEntity } from "../learning/enrolment.entity.ts";
import { QuizAttemptEntity } from "../learning/quiz-attempt.entity.ts";
import {
  MembershipApplicationEntity,
  MembershipEventEntity,
  OpenApplicationEntity,
} from "../membership/membership-application.entity.ts";
import { ProcessedChangeEntity } from "../stream/processed-change.entity.ts";
import { defineEntity } from "./entity.ts";

/**
 * A new entity from a module-level one's schema. A Service binds its client and
 * table into the entities it is given, so each service gets its own: two data
 * services (say, two clients in one test process) never rebind each other's.
 */
function own<A extends string, F extends string, C extends string, S extends Schema<A, F, C>>(
  entity: Entity<A, F, C, S>,
): Entity<A, F, C, S> {
  return defineEntity(entity.schema);
}

/**
 * All entities over one table and one client. Each entity sits beside its domain
 * (`exchange/exchange-item.entity.ts`); this is the one place that gathers them.
 */
export function createDataService(client: DynamoDBDocumentClient, table: string) {
  return new Service(
    {
      user: own(UserEntity),
      accountTombstone: own(AccountTombstoneEntity),
      city: own(CityEntity),
      exchangeItem: own(ExchangeItemEntity),
      moderationEvent: own(ModerationEventEntity),
      bookmark: own(BookmarkEntity),
      pendingUpload: own(PendingUploadEntity),
      openUploads: own(OpenUploadsEntity),
      courseDraft: own(CourseDraftEntity),
      courseVersion: own(CourseVersionEntity),
      courseListing: own(CourseListingEntity),
      enrolment: own(EnrolmentEntity),
      quizAttempt: own(QuizAttemptEntity),
      courseCounter: own(CourseCounterEntity),
      cityCourseCounter: own(CityCourseCounterEntity),
      certificate: own(CertificateEntity),
      processedChange: own(ProcessedChangeEntity),
      membershipApplication: own(MembershipApplicationEntity),
      membershipEvent: own(MembershipEventEntity),
      openApplication: own(OpenApplicationEntity),
    },
    { client, table },
  );
}

export type DataService = ReturnType<typeof createDataService>;
