import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { Service } from "electrodb";
import { BookmarkEntity } from "./entities/bookmark.ts";
import { CityEntity } from "./entities/city.ts";
import { CourseDraftEntity, CourseListingEntity, CourseVersionEntity } from "./entities/course.ts";
import { ExchangeItemEntity } from "./entities/exchange-item.ts";
import { ModerationEventEntity } from "./entities/moderation-event.ts";
import { PendingUploadEntity } from "./entities/pending-upload.ts";
import { UserEntity } from "./entities/user.ts";

/** All entities over one table and one client. */
export function createDataService(client: DynamoDBDocumentClient, table: string) {
  return new Service(
    {
      user: UserEntity,
      city: CityEntity,
      exchangeItem: ExchangeItemEntity,
      moderationEvent: ModerationEventEntity,
      bookmark: BookmarkEntity,
      pendingUpload: PendingUploadEntity,
      courseDraft: CourseDraftEntity,
      courseVersion: CourseVersionEntity,
      courseListing: CourseListingEntity,
    },
    { client, table },
  );
}

export type DataService = ReturnType<typeof createDataService>;
