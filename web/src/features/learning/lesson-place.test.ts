import { describe, expect, it } from "vitest";
import { findLesson, hasStarted, lessonPlace, lessonsOf } from "./lesson-place.ts";

const lesson = (lessonId: string, done = false) => ({
  lessonId,
  title: `Title ${lessonId}`,
  kind: "text" as const,
  optional: false,
  done,
  isNew: false,
});

const progress = {
  modules: [
    { moduleId: "mod_1", title: "One", lessons: [lesson("les_a"), lesson("les_b")] },
    { moduleId: "mod_2", title: "Empty", lessons: [] },
    { moduleId: "mod_3", title: "Two", lessons: [lesson("les_c")] },
  ],
};

describe("lesson place", () => {
  it("counts lessons across modules in reading order", () => {
    expect(lessonsOf(progress).map((each) => each.lessonId)).toEqual(["les_a", "les_b", "les_c"]);
    expect(lessonPlace(progress, "les_c")).toEqual({ number: 3, total: 3 });
    expect(lessonPlace(progress, "les_a")).toEqual({ number: 1, total: 3 });
    expect(lessonPlace(progress, "les_gone")).toEqual({ number: 0, total: 3 });
  });

  it("finds a lesson's title by id, or nothing", () => {
    expect(findLesson(progress, "les_b")?.title).toBe("Title les_b");
    expect(findLesson(progress, null)).toBeNull();
    expect(findLesson(progress, "les_gone")).toBeNull();
  });

  it("knows whether anything was done yet", () => {
    expect(hasStarted(progress)).toBe(false);
    const started = {
      modules: [{ moduleId: "m", title: "M", lessons: [lesson("les_a"), lesson("les_b", true)] }],
    };
    expect(hasStarted(started)).toBe(true);
  });
});
