import { describe, expect, it } from "vitest";
import { CourseListingEntity } from "../academy/course.entity.ts";
import { WorkshopLessonEntity } from "../academy/workshop-lesson.entity.ts";
import { UserEntity } from "../auth/user.entity.ts";
import { CityEntity } from "../cities/city.entity.ts";
import { RegistrationEntity } from "../events/event.entity.ts";
import { ExchangeItemEntity } from "../exchange/exchange-item.entity.ts";
import { ExchangeRequestEventEntity } from "../exchange-requests/exchange-request.entity.ts";
import { CertificateEntity } from "../learning/certificate.entity.ts";
import { CityCourseCounterEntity } from "../learning/city-course-counter.entity.ts";
import { CourseCounterEntity } from "../learning/course-counter.entity.ts";
import { EnrolmentEntity } from "../learning/enrolment.entity.ts";
import { XapiStatementEntity } from "../learning/xapi/xapi-statement.entity.ts";
import { DigestEntryEntity, EmailDigestEntity } from "../notifications/digest.entity.ts";
import {
  NotificationEntity,
  NotificationPreferencesEntity,
  UnsubscribeLinkEntity,
} from "../notifications/notification.entity.ts";
import {
  CERTIFICATE_KEY_PREFIX,
  CITY_KEY_PREFIX,
  COURSE_KEY_PREFIX,
  DIGEST_DAY_KEY_PREFIX,
  EVENT_KEY_PREFIX,
  EXCHANGE_ITEM_KEY_PREFIX,
  EXCHANGE_REQUEST_KEY_PREFIX,
  NOTIFICATION_KEY_PREFIX,
  PERSON_KEY_PREFIX,
  UNSUBSCRIBE_LINK_KEY_PREFIX,
  XAPI_STATEMENT_KEY_PREFIX,
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

  it("key a statement of the xAPI outbox under XAPI_STATEMENT_KEY_PREFIX, whatever its id's case", () => {
    const { Key } = XapiStatementEntity.get({
      statementId: "0B1e-Statement",
    }).params<{ Key: Record<string, string> }>({ table: "t" });
    expect(Key[tableSchema.partitionKey]).toBe(`${XAPI_STATEMENT_KEY_PREFIX}0B1e-Statement`);
  });

  it("key a person's notifications and e-mail choices under NOTIFICATION_KEY_PREFIX", () => {
    const keys = [
      NotificationEntity.get({ recipientId: "usr_A", notificationId: "ntf_A" }).params<{
        Key: Record<string, string>;
      }>({ table: "t" }).Key,
      NotificationPreferencesEntity.get({ recipientId: "usr_A" }).params<{
        Key: Record<string, string>;
      }>({ table: "t" }).Key,
    ];
    for (const Key of keys) {
      expect(Key[tableSchema.partitionKey]?.startsWith(NOTIFICATION_KEY_PREFIX)).toBe(true);
    }
  });

  it("key the digest's held notifications under DIGEST_DAY_KEY_PREFIX, and a digest's mark in the person's partition", () => {
    const held = DigestEntryEntity.get({
      digestDay: "2026-12-04",
      recipientId: "usr_A",
      notificationId: "ntf_A",
    }).params<{ Key: Record<string, string> }>({ table: "t" }).Key;
    expect(held[tableSchema.partitionKey]?.startsWith(DIGEST_DAY_KEY_PREFIX)).toBe(true);
    const mark = EmailDigestEntity.get({ recipientId: "usr_A", digestDay: "2026-12-04" }).params<{
      Key: Record<string, string>;
    }>({ table: "t" }).Key;
    expect(mark[tableSchema.partitionKey]?.startsWith(NOTIFICATION_KEY_PREFIX)).toBe(true);
  });

  it("key an unsubscribe link under UNSUBSCRIBE_LINK_KEY_PREFIX", () => {
    const { Key } = UnsubscribeLinkEntity.get({ unsubscribeHash: "h" }).params<{
      Key: Record<string, string>;
    }>({ table: "t" });
    expect(Key[tableSchema.partitionKey]?.startsWith(UNSUBSCRIBE_LINK_KEY_PREFIX)).toBe(true);
  });

  it("query an event's registrations and a request's log under their prefixes", () => {
    const registrations = RegistrationEntity.query.byEvent({ eventId: "evt_A" }).params<{
      ExpressionAttributeValues: Record<string, string>;
    }>({ table: "t" });
    const log = ExchangeRequestEventEntity.query.byRequest({ requestId: "xrq_A" }).params<{
      ExpressionAttributeValues: Record<string, string>;
    }>({ table: "t" });
    expect(Object.values(registrations.ExpressionAttributeValues)).toContain(
      `${EVENT_KEY_PREFIX}evt_a`,
    );
    expect(Object.values(log.ExpressionAttributeValues)).toContain(
      `${EXCHANGE_REQUEST_KEY_PREFIX}xrq_a`,
    );
  });
});
