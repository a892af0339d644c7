import { describe, expect, it } from "vitest";
import { PROCESSED_CHANGE_KEY_PREFIX } from "../schema/change-delivery.ts";
import { tableSchema } from "../schema/table.ts";
import { ProcessedChangeEntity } from "./processed-change.entity.ts";

describe("ProcessedChangeEntity", () => {
  const { Item } = ProcessedChangeEntity.put({
    consumer: "Search",
    eventId: "9f1c0A",
    sequenceNumber: "100",
    processedAt: "2026-12-04T00:00:00.000Z",
    expiresAt: 1_796_601_600,
  }).params<{ Item: Record<string, unknown> }>({ table: "t" });

  it("keys each record under the prefix the stream function may write (IAM LeadingKeys)", () => {
    expect(Item[tableSchema.partitionKey]).toBe(
      `${PROCESSED_CHANGE_KEY_PREFIX}Search#eventId_9f1c0A`,
    );
  });

  it("expires through the table's TTL attribute", () => {
    expect(Item[tableSchema.ttlAttribute]).toBe(1_796_601_600);
  });
});
