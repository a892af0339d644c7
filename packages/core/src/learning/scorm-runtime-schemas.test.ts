import { describe, expect, it } from "vitest";
import {
  isScormLessonDone,
  SCORM_SUSPEND_DATA_LIMITS,
  type ScormRuntimeData,
  scormRuntimeSchema,
} from "./scorm-runtime-schemas.ts";

const v12: ScormRuntimeData = {
  standard: "1.2",
  lessonStatus: "incomplete",
  scoreRaw: null,
  location: "page-3",
  suspendData: "a=1;b=2",
  sessionTime: "0000:12:30.5",
};
const v2004: ScormRuntimeData = {
  standard: "2004",
  completionStatus: "incomplete",
  successStatus: "unknown",
  scoreScaled: null,
  location: "page-3",
  suspendData: "{}",
  sessionTime: "PT12M30.5S",
};

const fieldsOf = (value: unknown) => {
  const result = scormRuntimeSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join("."));
};

describe("SCORM run-time data", () => {
  it("accepts what a SCORM 1.2 and a SCORM 2004 package report", () => {
    expect(fieldsOf(v12)).toEqual([]);
    expect(fieldsOf(v2004)).toEqual([]);
  });

  it("holds suspend data to each standard's limit", () => {
    const at = (standard: "1.2" | "2004", length: number) =>
      fieldsOf({ ...(standard === "1.2" ? v12 : v2004), suspendData: "x".repeat(length) });
    expect(at("1.2", SCORM_SUSPEND_DATA_LIMITS["1.2"])).toEqual([]);
    expect(at("1.2", SCORM_SUSPEND_DATA_LIMITS["1.2"] + 1)).toEqual(["suspendData"]);
    expect(at("2004", SCORM_SUSPEND_DATA_LIMITS["2004"])).toEqual([]);
    expect(at("2004", SCORM_SUSPEND_DATA_LIMITS["2004"] + 1)).toEqual(["suspendData"]);
  });

  it("refuses statuses, scores and times outside the standard, naming the field", () => {
    expect(fieldsOf({ ...v12, lessonStatus: "done" })).toEqual(["lessonStatus"]);
    expect(fieldsOf({ ...v12, scoreRaw: 101 })).toEqual(["scoreRaw"]);
    expect(fieldsOf({ ...v12, sessionTime: "PT5M" })).toEqual(["sessionTime"]);
    expect(fieldsOf({ ...v2004, scoreScaled: 1.5 })).toEqual(["scoreScaled"]);
    expect(fieldsOf({ ...v2004, sessionTime: "P" })).toEqual(["sessionTime"]);
    expect(fieldsOf({ ...v2004, sessionTime: "PT" })).toEqual(["sessionTime"]);
    expect(fieldsOf({ ...v2004, extra: 1 })).toEqual([""]);
    expect(fieldsOf({ ...v2004, standard: "1.3" })).toEqual(["standard"]);
  });

  it("makes the lesson done when completed or passed, and by a 1.2 mastery score", () => {
    expect(isScormLessonDone(v12)).toBe(false);
    expect(isScormLessonDone({ ...v12, lessonStatus: "completed" })).toBe(true);
    expect(isScormLessonDone({ ...v12, lessonStatus: "passed" })).toBe(true);
    expect(isScormLessonDone({ ...v12, lessonStatus: "failed", scoreRaw: 40 }, 80)).toBe(false);
    expect(isScormLessonDone({ ...v12, scoreRaw: 85 }, 80)).toBe(true);
    expect(isScormLessonDone(v2004)).toBe(false);
    expect(isScormLessonDone({ ...v2004, completionStatus: "completed" })).toBe(true);
    expect(isScormLessonDone({ ...v2004, successStatus: "passed" })).toBe(true);
    expect(isScormLessonDone({ ...v2004, successStatus: "failed" })).toBe(false);
  });
});
