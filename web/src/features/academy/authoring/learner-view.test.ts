import { type CourseDraft, type Lesson, toLearnerLesson } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { previewOf } from "./learner-view.ts";

const quiz: Lesson = {
  lessonId: "les_1",
  title: "Check",
  optional: true,
  citations: ["xch_1"],
  content: {
    kind: "quiz",
    passMark: 80,
    attemptLimit: null,
    questions: [
      {
        prompt: "Who leads?",
        choice: "single",
        options: [
          { text: "The mayor", correct: true, feedback: "Yes: the mayor convenes." },
          { text: "Nobody", correct: false, feedback: "Someone must." },
        ],
      },
    ],
  },
};

describe("the learner's view of a draft", () => {
  it("hides correct answers and feedback of a quiz, and keeps its rules", () => {
    const lesson = toLearnerLesson(quiz);
    expect(lesson).toEqual({
      lessonId: "les_1",
      title: "Check",
      optional: true,
      citations: ["xch_1"],
      content: {
        kind: "quiz",
        passMark: 80,
        attemptLimit: null,
        questions: [
          {
            prompt: "Who leads?",
            choice: "single",
            options: [{ text: "The mayor" }, { text: "Nobody" }],
          },
        ],
      },
    });
    expect(JSON.stringify(lesson)).not.toMatch(/correct|feedback/);
  });

  it("keeps other kinds as they are, and shapes the draft like a published course", () => {
    const video: Lesson = {
      lessonId: "les_2",
      title: "Talk",
      optional: false,
      citations: [],
      content: { kind: "video", url: "https://vimeo.com/1", transcript: "Hello" },
    };
    const draft = {
      courseId: "crs_1",
      title: "Course",
      summary: "S",
      description: "D",
      objectives: ["O"],
      language: "fr",
      themes: ["education"],
      level: "advanced",
      durationMinutes: 30,
      audience: "A",
      coverImageUrl: null,
      status: "draft",
      trainers: [{ userId: "usr_1", displayName: "Marta" }],
      modules: [{ moduleId: "mod_1", title: "M", lessons: [video, quiz] }],
      documents: [],
      publishedVersion: null,
      createdAt: "2026-01-01T00:00:00.000Z",
      updatedAt: "2026-01-01T00:00:00.000Z",
      version: 3,
      actions: { edit: true, publish: true, unpublish: false, archive: true, statistics: true },
    } satisfies CourseDraft;
    const view = previewOf(draft);
    expect(view.modules[0]?.lessons[0]).toEqual(video);
    expect(view).toMatchObject({ courseId: "crs_1", language: "fr", versionNumber: null });
    expect(JSON.stringify(view)).not.toMatch(/"correct"|feedback/);
  });
});
