import { describe, expect, it } from "vitest";
import { toLearnerLesson } from "./learner-lesson.ts";
import {
  addLesson,
  addModule,
  editLesson,
  moveLesson,
  moveModule,
  removeLesson,
  renameModule,
} from "./outline.ts";

const text = (title: string) => ({
  title,
  optional: false,
  citations: [],
  content: { kind: "text" as const, body: "Body" },
});

function twoModules() {
  let modules = addModule(addModule([], "First"), "Second");
  const [first, second] = modules.map((module) => module.moduleId) as [string, string];
  modules = addLesson(modules, first, text("A"));
  modules = addLesson(modules, first, text("B"));
  modules = addLesson(modules, second, text("C"));
  return { modules, first, second };
}

const titles = (modules: ReturnType<typeof addModule>) =>
  modules.map((module) => module.lessons.map((lesson) => lesson.title).join(""));

describe("course outline edits", () => {
  it("makes prefixed ids that survive renames, edits and moves", () => {
    const { modules, first, second } = twoModules();
    const ids = modules.flatMap((module) => module.lessons.map((lesson) => lesson.lessonId));
    expect(ids.every((id) => /^les_/.test(id))).toBe(true);
    const lessonA = ids[0] as string;
    let edited = renameModule(modules, first, "Renamed");
    edited = editLesson(edited, lessonA, { title: "A2" });
    edited = moveLesson(edited, lessonA, { moduleId: second, index: 0 });
    edited = moveModule(edited, second, { direction: "up" });
    expect(edited.map((module) => module.moduleId)).toEqual([second, first]);
    expect(edited[0]?.lessons[0]).toMatchObject({ lessonId: lessonA, title: "A2" });
    expect(titles(edited)).toEqual(["A2C", "B"]);
  });

  it("reorders lessons within a module by direction or index, and removes one", () => {
    const { modules } = twoModules();
    const b = modules[0]?.lessons[1]?.lessonId as string;
    expect(titles(moveLesson(modules, b, { direction: "up" }))).toEqual(["BA", "C"]);
    expect(titles(moveLesson(modules, b, { index: 0 }))).toEqual(["BA", "C"]);
    expect(titles(moveLesson(modules, b, { direction: "down" }))).toEqual(["AB", "C"]);
    expect(titles(removeLesson(modules, b))).toEqual(["A", "C"]);
  });

  it("answers not found for a module or lesson the course does not have", () => {
    const { modules } = twoModules();
    expect(() => renameModule(modules, "mod_x", "T")).toThrow(/no such module/);
    expect(() => removeLesson(modules, "les_x")).toThrow(/no such lesson/);
  });

  it("strips quiz answers and feedback from what a learner receives", () => {
    const lesson = toLearnerLesson({
      lessonId: "les_1",
      title: "Quiz",
      optional: false,
      citations: [],
      content: {
        kind: "quiz",
        passMark: 50,
        attemptLimit: null,
        questions: [
          {
            prompt: "Who?",
            choice: "single",
            options: [
              { text: "Yes", correct: true, feedback: "Right" },
              { text: "No", correct: false, feedback: "Wrong" },
            ],
          },
        ],
      },
    });
    expect(JSON.stringify(lesson)).not.toMatch(/correct|feedback|Right|Wrong/);
  });
});
