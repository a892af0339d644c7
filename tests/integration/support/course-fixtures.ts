import type { ApiClient } from "@alliance/api/client";
import { FILES, type TestFile, uploadedTo } from "./attachment-fixtures.ts";
import { type Caller, ifMatch, ok, type TestContext } from "./context.ts";

type Courses = ApiClient["api"]["courses"];
/** The fields a course is created with. */
export type CourseCreate = Parameters<Courses["$post"]>[0]["json"];
export type NewLesson = Parameters<
  Courses[":courseId"]["draft"]["modules"][":moduleId"]["lessons"]["$post"]
>[0]["json"];

/** A quiz whose answers and feedback must never reach a learner before they answer. */
export const QUIZ: NewLesson = {
  title: "Check your understanding",
  content: {
    kind: "quiz",
    passMark: 60,
    attemptLimit: 3,
    questions: [
      {
        prompt: "Who should sit at a local prevention table?",
        choice: "single",
        options: [
          { text: "The police alone", correct: false, feedback: "SECRET-police-feedback" },
          { text: "Schools, youth work, social services and police", correct: true },
        ],
      },
    ],
  },
};

export const TEXT_LESSON: NewLesson = {
  title: "Why a local strategy",
  content: { kind: "text", body: "A strategy names who does what, and when." },
};

/** The routes of one course as `caller`, typed: `param` names the course. */
export const courseApi = (ctx: TestContext, caller: Caller | undefined, courseId: string) => ({
  course: ctx.api(caller).api.courses[":courseId"],
  param: { courseId },
});

/**
 * A course of `trainer` with one module holding a text lesson and a quiz,
 * published (v1) unless asked for a draft. Answers its id and draft version.
 */
export async function courseOf(
  ctx: TestContext,
  trainer: Caller,
  options: { publish?: boolean; fields?: Partial<CourseCreate> } = {},
) {
  const { courseId } = await ok(
    ctx.api(trainer).api.courses.$post({
      json: { title: "Building a local prevention strategy", ...options.fields },
    }),
  );
  const { course, param } = courseApi(ctx, trainer, courseId);
  const modules = course.draft.modules;
  const withModule = await ok(
    modules.$post({ param, json: { title: "Basics" }, header: ifMatch(1) }),
  );
  const moduleId = withModule.modules[0]?.moduleId as string;
  const lessons = modules[":moduleId"].lessons;
  const lessonParam = { ...param, moduleId };
  await ok(lessons.$post({ param: lessonParam, json: TEXT_LESSON, header: ifMatch(2) }));
  const full = await ok(lessons.$post({ param: lessonParam, json: QUIZ, header: ifMatch(3) }));
  const lessonId = full.modules[0]?.lessons[0]?.lessonId as string;
  if (options.publish === false) return { courseId, moduleId, lessonId, version: 4 };
  await ok(course.publish.$post({ param, header: ifMatch(4) }));
  return { courseId, moduleId, lessonId, version: 5 };
}

/** The course's document routes as `caller` (upload to the draft, download). */
export const documentsOf = (
  ctx: Pick<TestContext, "api">,
  caller: Caller | undefined,
  courseId: string,
) => {
  const course = ctx.api(caller).api.courses[":courseId"];
  const documents = course.draft.documents;
  return {
    declare: (json: Parameters<typeof documents.$post>[0]["json"]) =>
      documents.$post({ param: { courseId }, json }),
    confirm: (attachmentId: string) =>
      documents[":attachmentId"].confirm.$post({ param: { courseId, attachmentId } }),
    download: (attachmentId: string, query: { as?: "link" } = {}) =>
      course.documents[":attachmentId"].$get({ param: { courseId, attachmentId }, query }),
  };
};

/** Uploads `file` to the course's draft and confirms it: answers its id and the new version. */
export async function courseDocument(
  ctx: TestContext,
  trainer: Caller,
  courseId: string,
  file: TestFile = FILES.pdf,
): Promise<{ attachmentId: string; version: number }> {
  const documents = documentsOf(ctx, trainer, courseId);
  const { attachmentId } = await uploadedTo(documents.declare, file);
  const { version } = await ok(documents.confirm(attachmentId));
  return { attachmentId, version };
}
