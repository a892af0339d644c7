import { COURSE_DEFAULTS, type CourseFields } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import {
  courseFieldId,
  courseFieldsOf,
  coursePatchOf,
  courseValuesOf,
  rebaseCourseValues,
  validateCourse,
} from "./course-form-values.ts";

const base: CourseFields = { ...COURSE_DEFAULTS, title: "Prevention basics" };

describe("course form values", () => {
  it("sends trimmed text, whole minutes, no blank objectives and no empty cover", () => {
    const fields = courseFieldsOf({
      ...courseValuesOf(base),
      title: "  Prevention basics ",
      objectives: [" Map local actors ", "  ", "Plan"],
      durationMinutes: " 90 ",
      coverImageUrl: " ",
    });
    expect(fields).toMatchObject({
      title: "Prevention basics",
      objectives: ["Map local actors", "Plan"],
      durationMinutes: 90,
      coverImageUrl: null,
    });
  });

  it("patches only what differs from the draft the form started from", () => {
    const values = {
      ...courseValuesOf(base),
      title: "Prevention basics ",
      level: "advanced" as const,
    };
    expect(coursePatchOf(base, values)).toEqual({ level: "advanced" });
    expect(coursePatchOf(base, courseValuesOf(base))).toEqual({});
  });

  it("keeps what the person changed when the draft is reloaded, and takes the rest", () => {
    const started = courseValuesOf(base);
    const typed = { ...started, summary: "Mine" };
    const latest = courseValuesOf({ ...base, summary: "Theirs", audience: "Mayors" });
    expect(rebaseCourseValues(started, typed, latest)).toMatchObject({
      summary: "Mine",
      audience: "Mayors",
    });
  });

  it("names each failing input and its rule, in the form's terms", () => {
    const errors = validateCourse({
      ...courseValuesOf(base),
      title: "ab",
      durationMinutes: "1h30",
      coverImageUrl: "http://example.org/cover.png",
      objectives: ["", "x".repeat(301)],
    });
    expect(errors).toEqual({
      title: { key: "authoring.courseErrors.title" },
      durationMinutes: { key: "authoring.courseErrors.durationMinutes" },
      coverImageUrl: { key: "authoring.courseErrors.coverImageUrl" },
      "objectives.1": { key: "authoring.courseErrors.objective" },
    });
    expect(validateCourse(courseValuesOf(base))).toEqual({});
  });

  it("maps the API's field paths to inputs, counting only objectives that are not blank", () => {
    expect(courseFieldId("objectives.0", ["", "Plan"])).toBe("objectives.1");
    expect(courseFieldId("themes.2")).toBe("themes");
    expect(courseFieldId("coverImageUrl")).toBe("coverImageUrl");
  });
});
