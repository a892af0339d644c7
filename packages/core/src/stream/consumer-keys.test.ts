import { describe, expect, it } from "vitest";
import { CityEntity } from "../cities/city.entity.ts";
import { RegistrationEntity } from "../events/event.entity.ts";
import { ExchangeItemEntity } from "../exchange/exchange-item.entity.ts";
import { ExchangeRequestEventEntity } from "../exchange-requests/exchange-request.entity.ts";
import {
  NotificationEntity,
  NotificationPreferencesEntity,
  UnsubscribeLinkEntity,
} from "../notifications/notification.entity.ts";
import {
  CITY_KEY_PREFIX,
  EVENT_KEY_PREFIX,
  EXCHANGE_ITEM_KEY_PREFIX,
  EXCHANGE_REQUEST_KEY_PREFIX,
  NOTIFICATION_KEY_PREFIX,
  UNSUBSCRIBE_LINK_KEY_PREFIX,
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
