import type { Caller, TestContext } from "./context.ts";

export const enrolmentOf = (courseId: string) => `/api/me/courses/${courseId}/enrolment`;
export const lessonOf = (courseId: string, lessonId: string) =>
  `/api/me/courses/${courseId}/lessons/${lessonId}`;

/** The course fixture's quiz (courseOf): option 1 is right, option 0 wrong. */
export const WRONG = { answers: [[0]] };
export const RIGHT = { answers: [[1]] };

/** A call that must succeed; answers the parsed body. */
export async function ok(
  ctx: TestContext,
  caller: Caller,
  method: string,
  path: string,
  body?: unknown,
) {
  const response = await ctx.call(caller, method, path, body);
  if (response.status >= 300) throw new Error(`${method} ${path}: ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}

/** The lesson ids of a course fixture, in order: [text, quiz]. */
export async function lessonIdsOf(ctx: TestContext, courseId: string): Promise<string[]> {
  const course = await (await ctx.call(undefined, "GET", `/api/courses/${courseId}`)).json();
  return course.modules.flatMap((module: { lessons: { lessonId: string }[] }) =>
    module.lessons.map((lesson) => lesson.lessonId),
  );
}
