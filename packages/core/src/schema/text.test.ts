import { describe, expect, it } from "vitest";
import { boundedText, thousands } from "./text.ts";

describe("thousands", () => {
  it.each([0, 7, 80, 999, 1000, 2000, 12_345, 20_000, 100_000, 1_234_567, 50_000_000])(
    "writes %i as toLocaleString('en') does",
    (count) => {
      expect(thousands(count)).toBe(count.toLocaleString("en"));
    },
  );
});

describe("boundedText", () => {
  it("names the bound with its separators in the message", () => {
    const result = boundedText(1, 20_000).safeParse("x".repeat(20_001));
    expect(result.error?.issues[0]?.message).toBe("At most 20,000 characters");
  });
});
