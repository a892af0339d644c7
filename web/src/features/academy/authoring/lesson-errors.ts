import { lessonCreateSchema } from "@alliance/core/web";
import { checkValues, type Message, type SchemaFormOptions } from "../../../ui/form/index.ts";
import { type LessonFormValues, lessonBodyOf } from "./lesson-form-values.ts";

/**
 * The input of a field path, under the form's `prefix`: `content.transcript` →
 * `p-transcript`, `content.questions.0.options.1.text` → `p-q0-o1-text`, and
 * `content.questions.0.options.1.correct` → `p-q0-options` (the options' group).
 */
export function lessonFieldId(prefix: string, path: string): string {
  const parts = path.split(".");
  const [head, second] = parts;
  if (head === "citations") return `${prefix}-citations`;
  if (head !== "content") return `${prefix}-${head === "optional" ? "optional" : "title"}`;
  if (second === undefined || second === "kind") return `${prefix}-kind`;
  if (second === "fileName" || second === "attachmentId") return `${prefix}-file`;
  if (second !== "questions") return `${prefix}-${second}`;
  const [, , question, part, option, leaf] = parts;
  if (question === undefined) return `${prefix}-questions`;
  const q = `${prefix}-q${question}`;
  if (part !== "options") return `${q}-${part === "choice" ? "choice" : "prompt"}`;
  if (option === undefined || (leaf !== "text" && leaf !== "feedback")) return `${q}-options`;
  return `${q}-o${option}-${leaf}`;
}

/** The message of each input of a lesson, by its id without the form's prefix. */
const MESSAGES: Record<string, string> = {
  title: "authoring.lessonErrors.title",
  body: "authoring.lessonErrors.body",
  url: "authoring.lessonErrors.url",
  transcript: "authoring.lessonErrors.transcript",
  file: "authoring.lessonErrors.file",
  eventId: "authoring.lessonErrors.eventId",
  packageId: "authoring.lessonErrors.packageId",
  questions: "authoring.lessonErrors.questions",
  passMark: "authoring.lessonErrors.passMark",
  attemptLimit: "authoring.lessonErrors.attemptLimit",
  citations: "authoring.lessonErrors.citations",
};

/**
 * The message of an input: each names the rule, so client and server agree. A
 * question's options are explained from what the form holds.
 */
export function lessonErrorOf(
  prefix: string,
  id: string,
  values: LessonFormValues,
  fromServer = false,
): Message {
  const local = id.slice(prefix.length + 1);
  const options = /^q(\d+)-options$/.exec(local);
  if (options) {
    const question = values.questions[Number(options[1])];
    const correct = question?.options.filter((option) => option.correct).length ?? 0;
    if (!question || question.options.length < 2 || question.options.length > 10) {
      return { key: "authoring.lessonErrors.optionCount", values: { min: 2, max: 10 } };
    }
    if (correct === 0) return { key: "authoring.lessonErrors.noCorrect" };
    if (question.choice === "single" && correct !== 1) {
      return { key: "authoring.lessonErrors.oneCorrect" };
    }
    return { key: "authoring.lessonErrors.rejected" };
  }
  if (/^q\d+-prompt$/.test(local)) return { key: "authoring.lessonErrors.prompt" };
  if (/^q\d+-o\d+-text$/.test(local)) return { key: "authoring.lessonErrors.optionText" };
  if (/^q\d+-o\d+-feedback$/.test(local)) return { key: "authoring.lessonErrors.feedback" };
  if (local === "citations" && fromServer && values.citations.length <= 20) {
    return { key: "authoring.lessonErrors.citationsRejected" };
  }
  return { key: MESSAGES[local] ?? "authoring.lessonErrors.rejected" };
}

/**
 * How a lesson form meets core's lesson schema. Its errors are named by the ids of
 * the inputs (under the form's `prefix`): the inputs of a quiz are controlled, not
 * fields of their own.
 */
export function lessonChecks(prefix: string): SchemaFormOptions<LessonFormValues> {
  return {
    toInput: lessonBodyOf,
    fieldOf: (path) => lessonFieldId(prefix, path),
    messageOf: (id, _issue, values) => lessonErrorOf(prefix, id, values),
    idOf: (id) => id,
  };
}

/** Checks the lesson with core's own schema; errors per input id. */
export function validateLesson(prefix: string, values: LessonFormValues): Record<string, Message> {
  return checkValues(lessonCreateSchema, values, lessonChecks(prefix)).errors;
}

/** Every input id of the form in its order, for the error summary. */
export function lessonFieldOrder(prefix: string, values: LessonFormValues): string[] {
  const quiz = values.questions.flatMap((question, q) => [
    `${prefix}-q${q}-prompt`,
    `${prefix}-q${q}-choice`,
    `${prefix}-q${q}-options`,
    ...question.options.flatMap((_, o) => [
      `${prefix}-q${q}-o${o}-text`,
      `${prefix}-q${q}-o${o}-feedback`,
    ]),
  ]);
  return [
    `${prefix}-title`,
    `${prefix}-kind`,
    `${prefix}-body`,
    `${prefix}-url`,
    `${prefix}-transcript`,
    `${prefix}-file`,
    `${prefix}-questions`,
    ...quiz,
    `${prefix}-passMark`,
    `${prefix}-attemptLimit`,
    `${prefix}-optional`,
    `${prefix}-citations`,
  ];
}
