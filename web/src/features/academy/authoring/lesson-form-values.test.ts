import type { Lesson } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { lessonErrorOf, lessonFieldId, validateLesson } from "./lesson-errors.ts";
import {
  emptyLessonValues,
  lessonBodyOf,
  lessonValuesOf,
  newQuestion,
} from "./lesson-form-values.ts";

const quiz: Lesson = {
  lessonId: "les_1",
  title: "Check",
  optional: true,
  citations: [],
  content: {
    kind: "quiz",
    passMark: 80,
    attemptLimit: null,
    questions: [
      {
        prompt: "Who convenes the local network?",
        choice: "single",
        options: [
          { text: "The mayor", correct: true, feedback: "Yes." },
          { text: "Nobody", correct: false, feedback: "" },
        ],
      },
    ],
  },
};

describe("lesson form values", () => {
  it("round-trips a quiz, with unlimited attempts as null", () => {
    const values = lessonValuesOf(quiz);
    expect(values.unlimited).toBe(true);
    expect(lessonBodyOf(values)).toEqual({
      title: "Check",
      optional: true,
      citations: [],
      content: quiz.content,
    });
    const limited = lessonBodyOf({ ...values, unlimited: false, attemptLimit: " 3 " });
    expect(limited.content).toMatchObject({ attemptLimit: 3 });
  });

  it("sends only the content of the chosen kind, trimmed", () => {
    const values = {
      ...emptyLessonValues("video"),
      title: " Talk ",
      body: "kept for later",
      url: " https://vimeo.com/1 ",
      transcript: " Hello ",
    };
    expect(lessonBodyOf(values)).toEqual({
      title: "Talk",
      optional: false,
      citations: [],
      content: { kind: "video", url: "https://vimeo.com/1", transcript: "Hello" },
    });
  });

  it("maps the API's field paths to inputs of the form", () => {
    expect(lessonFieldId("p", "content.transcript")).toBe("p-transcript");
    expect(lessonFieldId("p", "content.questions.0.options")).toBe("p-q0-options");
    expect(lessonFieldId("p", "content.questions.1.options.2.text")).toBe("p-q1-o2-text");
    expect(lessonFieldId("p", "content.questions.0.options.1.correct")).toBe("p-q0-options");
    expect(lessonFieldId("p", "content.questions")).toBe("p-questions");
    expect(lessonFieldId("p", "content.attachmentId")).toBe("p-file");
    expect(lessonFieldId("p", "citations.3")).toBe("p-citations");
    expect(lessonFieldId("p", "content")).toBe("p-kind");
  });

  it("explains what is wrong with a video and a quiz", () => {
    const video = { ...emptyLessonValues("video"), title: "Talk", url: "https://evil.example/v" };
    expect(validateLesson("p", video)).toEqual({
      "p-url": { key: "authoring.lessonErrors.url" },
      "p-transcript": { key: "authoring.lessonErrors.transcript" },
    });
    const question = newQuestion();
    const noCorrect = {
      ...emptyLessonValues("quiz"),
      title: "Quiz",
      passMark: "101",
      questions: [
        { ...question, prompt: "Q", options: question.options.map((o) => ({ ...o, text: "A" })) },
      ],
    };
    expect(validateLesson("p", noCorrect)).toEqual({
      "p-q0-options": { key: "authoring.lessonErrors.noCorrect" },
      "p-passMark": { key: "authoring.lessonErrors.passMark" },
    });
  });

  it("says why the server refused citations", () => {
    const values = { ...emptyLessonValues(), citations: ["xch_1"] };
    expect(lessonErrorOf("p", "p-citations", values, true)).toEqual({
      key: "authoring.lessonErrors.citationsRejected",
    });
    const twoCorrect = lessonValuesOf(quiz);
    twoCorrect.questions[0]?.options.forEach((option) => {
      option.correct = true;
    });
    expect(lessonErrorOf("p", "p-q0-options", twoCorrect)).toEqual({
      key: "authoring.lessonErrors.oneCorrect",
    });
  });
});
