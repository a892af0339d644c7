import { describe, expect, it } from "vitest";
import { fingerprintOf, originalChangedSince } from "./translation-freshness.ts";

const original = {
  title: "Neighbourhood mentors",
  summary: "Volunteers meet young people.",
  description: "Social services run it.",
};

describe("a translation's freshness", () => {
  it("is current while title, summary and description read as when it was made", () => {
    const translation = { madeFrom: fingerprintOf(original) };
    expect(originalChangedSince(translation, { ...original })).toBe(false);
  });

  it.each(["title", "summary", "description"] as const)(
    "is possibly out of date once the %s changes",
    (field) => {
      const translation = { madeFrom: fingerprintOf(original) };
      expect(
        originalChangedSince(translation, { ...original, [field]: `${original[field]}!` }),
      ).toBe(true);
    },
  );

  it("tells apart texts that only differ in where a field ends", () => {
    expect(fingerprintOf({ title: "ab", summary: "c", description: "" })).not.toBe(
      fingerprintOf({ title: "a", summary: "bc", description: "" }),
    );
  });

  it("is never marked when it was saved before it named its original", () => {
    expect(originalChangedSince({}, original)).toBe(false);
  });
});
