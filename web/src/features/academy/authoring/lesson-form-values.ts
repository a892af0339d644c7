import type { Lesson, LessonContent, LessonCreate, LessonKind } from "@alliance/core/web";
import { wholeNumber } from "./course-form-values.ts";

export interface OptionValues {
  text: string;
  correct: boolean;
  feedback: string;
}

export interface QuestionValues {
  prompt: string;
  choice: "single" | "multiple";
  options: OptionValues[];
}

/**
 * What a lesson form holds. The inputs of every kind stay in it, so switching
 * the kind back and forth never drops what was typed for another kind.
 */
export interface LessonFormValues {
  kind: LessonKind;
  title: string;
  optional: boolean;
  citations: string[];
  body: string;
  url: string;
  transcript: string;
  fileName: string;
  attachmentId: string | null;
  /** A workshop lesson's event (decision 0072). */
  eventId: string;
  /** A SCORM lesson's package (decision 0084). */
  packageId: string;
  questions: QuestionValues[];
  passMark: string;
  attemptLimit: string;
  unlimited: boolean;
}

export const emptyOption = (): OptionValues => ({ text: "", correct: false, feedback: "" });

export const newQuestion = (): QuestionValues => ({
  prompt: "",
  choice: "single",
  options: [emptyOption(), emptyOption()],
});

export function emptyLessonValues(kind: LessonKind = "text"): LessonFormValues {
  return {
    kind,
    title: "",
    optional: false,
    citations: [],
    body: "",
    url: "",
    transcript: "",
    fileName: "",
    attachmentId: null,
    eventId: "",
    packageId: "",
    questions: [newQuestion()],
    passMark: "70",
    attemptLimit: "3",
    unlimited: true,
  };
}

export function lessonValuesOf(lesson: Lesson): LessonFormValues {
  const values = emptyLessonValues(lesson.content.kind);
  values.title = lesson.title;
  values.optional = lesson.optional;
  values.citations = lesson.citations;
  const { content } = lesson;
  if (content.kind === "text") values.body = content.body;
  if (content.kind === "video") {
    values.url = content.url;
    values.transcript = content.transcript;
  }
  if (content.kind === "document") {
    values.fileName = content.fileName;
    values.attachmentId = content.attachmentId;
  }
  if (content.kind === "workshop") values.eventId = content.eventId;
  if (content.kind === "scorm") values.packageId = content.packageId;
  if (content.kind === "quiz") {
    values.questions = content.questions.map((question) => ({
      prompt: question.prompt,
      choice: question.choice,
      options: question.options.map((option) => ({ ...option })),
    }));
    values.passMark = String(content.passMark);
    values.unlimited = content.attemptLimit === null;
    values.attemptLimit = content.attemptLimit === null ? "3" : String(content.attemptLimit);
  }
  return values;
}

function contentOf(values: LessonFormValues): LessonContent {
  switch (values.kind) {
    case "text":
      return { kind: "text", body: values.body };
    case "video":
      return { kind: "video", url: values.url.trim(), transcript: values.transcript.trim() };
    case "document":
      return { kind: "document", fileName: values.fileName, attachmentId: values.attachmentId };
    case "workshop":
      return { kind: "workshop", eventId: values.eventId };
    case "scorm":
      return { kind: "scorm", packageId: values.packageId };
    case "quiz":
      return {
        kind: "quiz",
        questions: values.questions.map((question) => ({
          prompt: question.prompt.trim(),
          choice: question.choice,
          options: question.options.map((option) => ({
            text: option.text.trim(),
            correct: option.correct,
            feedback: option.feedback.trim(),
          })),
        })),
        passMark: wholeNumber(values.passMark, Number.NaN),
        attemptLimit: values.unlimited ? null : wholeNumber(values.attemptLimit, Number.NaN),
      };
  }
}

/** The lesson as the API takes it, to add or to replace (a PATCH of every field). */
export function lessonBodyOf(values: LessonFormValues): LessonCreate {
  return {
    title: values.title.trim(),
    optional: values.optional,
    citations: values.citations,
    content: contentOf(values),
  };
}
