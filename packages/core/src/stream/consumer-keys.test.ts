import { describe, expect, it } from "vitest";
import { CourseListingEntity } from "../academy/course.entity.ts";
import { WorkshopLessonEntity } from "../academy/workshop-lesson.entity.ts";
import { UserEntity } from "../auth/user.entity.ts";
import { CityEntity } from "../cities/city.entity.ts";
import { ExchangeItemEntity } from "../exchange/exchange-item.entity.ts";
import { CertificateEntity } from "../learning/certificate.entity.ts";
import { CityCourseCounterEntity } from "../learning/city-course-counter.entity.ts";
import { CourseCounterEntity } from "../learning/course-counter.entity.ts";
import { EnrolmentEntity } from "../learning/enrolment.entity.ts";
import {
  CERTIFICATE_KEY_PREFIX,
  CITY_KEY_PREFIX,
  COURSE_KEY_PREFIX,
  EVENT_KEY_PREFIX,
  EXCHANGE_ITEM_KEY_PREFIX,
  PERSON_KEY_PREFIX,
} from "../schema/change-delivery.ts";
import { tableSchema } from "../schema/table.ts";

/* The stream function may touch only partitions that begin so (IAM LeadingKeys). */
describe("the partitions the stream's consumers touch", () => {
  it("key a city under CITY_KEY_PREFIX", () => {
    const { Key } = CityEntity.get({ cityId: "cty_A" }).params<{ Key: Record<string, string> }>({
      table: "t",
    });
    expect(Key[tableSchema.partitionKey]?.startsWith(CITY_KEY_PREFIX)).toBe(true);
  });

  it("key an exchange item under EXCHANGE_ITEM_KEY_PREFIX", () => {
    const { Key } = ExchangeItemEntity.patch({ itemId: "itm_A" })
      .set({ changedAt: "2026-12-04T00:00:00.000Z" })
      .params<{ Key: Record<string, string> }>({ table: "t" });
    expect(Key[tableSchema.partitionKey]?.startsWith(EXCHANGE_ITEM_KEY_PREFIX)).toBe(true);
  });

  it("key what the workshop-attendance consumer touches under its prefixes", () => {
    const partitionOf = (params: {
      Key?: Record<string, string>;
      KeyConditionExpression?: string;
      ExpressionAttributeValues?: Record<string, string>;
    }) => params.Key?.[tableSchema.partitionKey] ?? params.ExpressionAttributeValues?.[":pk"] ?? "";
    const table = { table: "t" };
    const cases: Array<[string, string]> = [
      [
        partitionOf(WorkshopLessonEntity.query.byEvent({ eventId: "evt_A" }).params(table)),
        EVENT_KEY_PREFIX,
      ],
      [partitionOf(UserEntity.get({ subject: "s" }).params(table)), PERSON_KEY_PREFIX],
      [
        partitionOf(EnrolmentEntity.get({ subject: "s", courseId: "crs_A" }).params(table)),
        PERSON_KEY_PREFIX,
      ],
      [
        partitionOf(CourseListingEntity.get({ courseId: "crs_A" }).params(table)),
        COURSE_KEY_PREFIX,
      ],
      [
        partitionOf(CourseCounterEntity.get({ courseId: "crs_A", scope: "course" }).params(table)),
        COURSE_KEY_PREFIX,
      ],
      [
        partitionOf(
          CityCourseCounterEntity.get({ cityId: "cty_A", courseId: "crs_A" }).params(table),
        ),
        CITY_KEY_PREFIX,
      ],
      [partitionOf(CertificateEntity.get({ code: "K" }).params(table)), CERTIFICATE_KEY_PREFIX],
    ];
    for (const [partition, prefix] of cases)
      expect(partition.startsWith(prefix), partition).toBe(true);
  });
});
