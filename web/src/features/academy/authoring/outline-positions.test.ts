import type { CourseModule } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { lessonPosition, modulePosition } from "./outline-positions.ts";

const lesson = (lessonId: string) => ({
  lessonId,
  title: lessonId,
  optional: false,
  citations: [],
  content: { kind: "text" as const, body: "" },
});
const modules: CourseModule[] = [
  { moduleId: "mod_a", title: "Basics", lessons: [lesson("les_1")] },
  { moduleId: "mod_b", title: "Practice", lessons: [lesson("les_2"), lesson("les_3")] },
];

describe("positions in the outline, as announced after a move", () => {
  it("counts from one", () => {
    expect(modulePosition(modules, "mod_b")).toEqual({ position: 2, count: 2 });
    expect(lessonPosition(modules, "les_3")).toEqual({
      module: 2,
      moduleTitle: "Practice",
      position: 2,
      count: 2,
    });
    expect(lessonPosition(modules, "les_9")).toBeNull();
  });
});
