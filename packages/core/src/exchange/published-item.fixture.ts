import type { StoredItem } from "./exchange-item.entity.ts";
import { EMPTY_FIELDS } from "./views.ts";

let serial = 0;

/**
 * A published public item of Aarhus for the search tests; each new one is published
 * a minute after the previous (so newest-first order is the reverse of creation).
 */
export function publishedItem(overrides: Partial<StoredItem> = {}): StoredItem {
  serial += 1;
  const at = new Date(Date.UTC(2026, 0, 1, 0, serial)).toISOString();
  return {
    ...EMPTY_FIELDS,
    itemId: `xch_01JD5EEDTEST0000000000${String(serial).padStart(4, "0")}`,
    cityId: "cty_01JD5EEDC1TY0000000000AARH",
    cityName: "Aarhus",
    country: "DK",
    ownerId: "usr_01JD5EEDDEM000000000AARHVS",
    kind: "initiative",
    status: "published",
    title: `Item ${serial}`,
    attachments: [],
    createdAt: at,
    updatedAt: at,
    changedAt: at,
    publishedAt: at,
    version: 4,
    ...overrides,
  } as StoredItem;
}
