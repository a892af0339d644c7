import { describe, expect, it } from "vitest";
import type { PublishedCourse } from "../academy/schemas.ts";
import { progressPercent } from "./percent.ts";
import { progressOf } from "./progress.ts";

describe("progressPercent", () => {
  it("rounds to the nearest whole percent", () => {
    expect(progressPercent(1, 6)).toBe(17);
    expect(progressPercent(1, 3)).toBe(33);
    expect(progressPercent(2, 3)).toBe(67);
    expect(progressPercent(1, 2)).toBe(50);
  });

  it("says 100 % only when everything is done, and 0 % only when nothing is", () => {
    expect(progressPercent(199, 200)).toBe(99);
    expect(progressPercent(200, 200)).toBe(100);
    expect(progressPercent(1, 300)).toBe(1);
    expect(progressPercent(0, 6)).toBe(0);
    expect(progressPercent(0, 0)).toBe(0);
  });
});

describe("a learner's progress", () => {
  it("shows one lesson of six as 17 %", () => {
    const lessons = Array.from({ length: 6 }, (_, n) => ({
      lessonId: `les_${n}`,
      title: `Lesson ${n}`,
      optional: false,
      content: { kind: "text", body: "" },
      citations: [],
    }));
    const course = {
      courseId: "crs_1",
      title: "Course",
      language: "en",
      versionNumber: 1,
      modules: [{ moduleId: "mod_1", title: "Module", lessons }],
    } as unknown as PublishedCourse;
    const at = "2026-01-01T00:00:00.000Z";
    const state = { enrolledAt: at, lastActiveAt: at, known: [], quizzes: {} };
    expect(progressOf(course, { ...state, status: "active", done: ["les_0"] }).percent).toBe(17);
  });
});
