import { describe, expect, it } from "vitest";
import { checkSchedule, instantOf, isTimeZone } from "./schedule.ts";

const now = new Date("2030-01-01T00:00:00Z");
const ok = {
  start: "2031-03-30T09:00",
  end: "2031-03-30T17:00",
  registrationDeadline: "2031-03-29T12:00",
  timeZone: "Europe/Paris",
};

describe("an event's schedule in the venue's time zone", () => {
  it("knows IANA zones and refuses abbreviations and offsets", () => {
    expect(isTimeZone("Europe/Lisbon")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
    expect(isTimeZone("CET")).toBe(false);
    expect(isTimeZone("+01:00")).toBe(false);
  });

  it("turns the venue's wall-clock time into UTC, across a change of the clocks", () => {
    expect(instantOf("2031-01-15T09:00", "Europe/Paris")).toBe("2031-01-15T08:00:00Z");
    expect(instantOf("2031-07-15T09:00", "Europe/Paris")).toBe("2031-07-15T07:00:00Z");
    expect(instantOf("2031-07-15T09:00", "Europe/London")).toBe("2031-07-15T08:00:00Z");
  });

  it("refuses a time skipped when the clocks go forward", () => {
    expect(instantOf("2031-03-30T02:30", "Europe/Paris")).toBeNull();
    const result = checkSchedule({ ...ok, start: "2031-03-30T02:30" }, now);
    expect(result.errors.map((e) => e.field)).toEqual(["start"]);
  });

  it("names each field at fault", () => {
    expect(checkSchedule(ok, now).errors).toEqual([]);
    const fields = (patch: Partial<typeof ok>) =>
      checkSchedule({ ...ok, ...patch }, now).errors.map((e) => e.field);
    expect(fields({ start: "2029-03-30T09:00", registrationDeadline: "2029-03-01T09:00" })).toEqual(
      ["start"],
    );
    expect(fields({ end: "2031-03-30T09:00" })).toEqual(["end"]);
    expect(fields({ registrationDeadline: "2031-03-30T09:01" })).toEqual(["registrationDeadline"]);
  });
});
