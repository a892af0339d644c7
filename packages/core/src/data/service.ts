import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Entity, type Schema, Service } from "electrodb";
import { AccountTombstoneEntity } from "./entities/account-tombstone.ts";
import { BookmarkEntity } from "./entities/bookmark.ts";
import { CityEntity } from "./entities/city.ts";
import { CourseDraftEntity, CourseListingEntity, CourseVersionEntity } from "./entities/course.ts";
import { ExchangeItemEntity } from "./entities/exchange-item.ts";
import {
  CertificateEntity,
  CityCourseCounterEntity,
  CourseCounterEntity,
  EnrolmentEntity,
  QuizAttemptEntity,
} from "./entities/learning.ts";
import { ModerationEventEntity } from "./entities/moderation-event.ts";
import { OpenUploadsEntity } from "./entities/open-uploads.ts";
import { PendingUploadEntity } from "./entities/pending-upload.ts";
import { UserEntity } from "./entities/user.ts";

/**
 * A new entity from a module-level one's schema. A Service binds its client and
 * table into the entities it is given, so each service gets its own: two data
 * services (say, two clients in one test process) never rebind each other's.
 */
function own<A extends string, F extends string, C extends string, S extends Schema<A, F, C>>(
  entity: Entity<A, F, C, S>,
): Entity<A, F, C, S> {
  return new Entity(entity.schema);
}

/** All entities over one table and one client. */
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
    },
    { client, table },
  );
}

export type DataService = ReturnType<typeof createDataService>;
