import { FILES, type TestFile, uploadedTo } from "./attachment-fixtures.ts";
import type { Caller, TestContext } from "./context.ts";

export const courses = "/api/courses";

/** A quiz whose answers and feedback must never reach a learner before they answer. */
export const QUIZ = {
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

export const TEXT_LESSON = {
  title: "Why a local strategy",
  content: { kind: "text", body: "A strategy names who does what, and when." },
};

/** One authoring request with If-Match; fails the test on anything but 200/201. */
export async function step(
  ctx: TestContext,
  caller: Caller,
  method: string,
  path: string,
  version: number,
  body?: unknown,
) {
  const response = await ctx.call(caller, method, path, body, { "if-match": `"${version}"` });
  if (response.status >= 300) throw new Error(`${method} ${path}: ${await response.text()}`);
  return response.json();
}

/**
 * A course of `trainer` with one module holding a text lesson and a quiz,
 * published (v1) unless asked for a draft. Answers its id and draft version.
 */
export async function courseOf(
  ctx: TestContext,
  trainer: Caller,
  options: { publish?: boolean; fields?: Record<string, unknown> } = {},
) {
  const created = await ctx.call(trainer, "POST", courses, {
    title: "Building a local prevention strategy",
    ...options.fields,
  });
  if (created.status !== 201) throw new Error(`create: ${await created.text()}`);
  const { courseId } = await created.json();
  const draft = `${courses}/${courseId}/draft`;
  const withModule = await step(ctx, trainer, "POST", `${draft}/modules`, 1, { title: "Basics" });
  const { moduleId } = withModule.modules[0];
  await step(ctx, trainer, "POST", `${draft}/modules/${moduleId}/lessons`, 2, TEXT_LESSON);
  const full = await step(ctx, trainer, "POST", `${draft}/modules/${moduleId}/lessons`, 3, QUIZ);
  const lessonId: string = full.modules[0].lessons[0].lessonId;
  if (options.publish === false) return { courseId, moduleId, lessonId, version: 4 };
  await step(ctx, trainer, "POST", `${courses}/${courseId}/publish`, 4);
  return { courseId, moduleId, lessonId, version: 5 };
}

export const documentsOf = (courseId: string) => `${courses}/${courseId}/draft/documents`;

/** Uploads `file` to the course's draft and confirms it: answers its id and the new version. */
export async function courseDocument(
  ctx: TestContext,
  trainer: Caller,
  courseId: string,
  file: TestFile = FILES.pdf,
): Promise<{ attachmentId: string; version: number }> {
  const { attachmentId } = await uploadedTo(ctx, trainer, documentsOf(courseId), file);
  const confirmed = await ctx.call(
    trainer,
    "POST",
    `${documentsOf(courseId)}/${attachmentId}/confirm`,
  );
  if (confirmed.status !== 200) throw new Error(`confirm: ${await confirmed.text()}`);
  return { attachmentId, version: (await confirmed.json()).version };
}
