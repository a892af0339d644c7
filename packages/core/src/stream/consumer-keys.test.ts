import { describe, expect, it } from "vitest";
import { CityEntity } from "../cities/city.entity.ts";
import { ExchangeItemEntity } from "../exchange/exchange-item.entity.ts";
import { CITY_KEY_PREFIX, EXCHANGE_ITEM_KEY_PREFIX } from "../schema/change-delivery.ts";
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
});
