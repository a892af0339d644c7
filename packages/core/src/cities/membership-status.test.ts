import { describe, expect, it } from "vitest";
import { VisibleError } from "../errors.ts";
import { cityStatusMarksConsumer } from "../exchange/city-status-marks.ts";
import type { TableChange } from "../stream/change.ts";
import { assertActiveMember, statusOf } from "./membership-status.ts";

const refusal = (membershipStatus?: "active" | "suspended" | "former") => {
  try {
    assertActiveMember({ membershipStatus });
    return null;
  } catch (error) {
    return error instanceof VisibleError ? [error.kind, error.code] : error;
  }
};

describe("a city's membership status", () => {
  it("is active until told otherwise", () => {
    expect(statusOf({})).toBe("active");
    expect(statusOf({ membershipStatus: "former" })).toBe("former");
  });

  it("lets only active members publish: suspended and former ones get 403 saying why", () => {
    expect(refusal()).toBeNull();
    expect(refusal("active")).toBeNull();
    expect(refusal("suspended")).toEqual(["forbidden", "city-suspended"]);
    expect(refusal("former")).toEqual(["forbidden", "city-former-member"]);
  });
});

describe("the consumer that marks a city's items", () => {
  const change = (
    old: Record<string, unknown>,
    next: Record<string, unknown>,
    entity = "city",
  ): TableChange => ({
    eventId: "1",
    kind: "modify",
    entity,
    keys: {},
    oldImage: { cityId: "cty_1", ...old },
    newImage: { cityId: "cty_1", ...next },
    at: "2026-12-04T10:00:00.000Z",
    sequenceNumber: "1",
  });
  // The data service is not reached by `wants`.
  const consumer = cityStatusMarksConsumer({} as never);

  it("wants a city's changes of status only", () => {
    expect(consumer.wants(change({}, { membershipStatus: "former" }))).toBe(true);
    expect(consumer.wants(change({ membershipStatus: "suspended" }, {}))).toBe(true);
    expect(consumer.wants(change({}, { membershipStatus: "active" }))).toBe(false);
    expect(consumer.wants(change({ description: "a" }, { description: "b" }))).toBe(false);
    expect(consumer.wants(change({}, { membershipStatus: "former" }, "exchangeItem"))).toBe(false);
  });
});
