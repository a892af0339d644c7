import { describe, expect, it } from "vitest";
import { formatDuration } from "./duration.ts";

describe("a course's duration", () => {
  it("reads as hours and minutes in the reader's language", () => {
    expect(formatDuration(90, "en")).toBe("1 hour 30 minutes");
    expect(formatDuration(45, "en")).toBe("45 minutes");
    expect(formatDuration(120, "en")).toBe("2 hours");
    // ICU puts a no-break space between number and unit.
    expect(formatDuration(61, "fr")?.replace(/\s/g, " ")).toBe("1 heure 1 minute");
  });

  it("is absent when the trainer gave none", () => {
    expect(formatDuration(0, "en")).toBeNull();
  });
});
