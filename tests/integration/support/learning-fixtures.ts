import { type Caller, ok, type TestContext } from "./context.ts";

/** The learner's routes for one course as `caller`, typed: `param` names the course. */
export const learnerOf = (ctx: TestContext, caller: Caller | undefined, courseId: string) => {
  const course = ctx.api(caller).api.me.courses[":courseId"];
  const param = { courseId };
  return {
    course,
    param,
    enrolment: course.enrolment,
    /** A lesson's routes and its `param` (course and lesson). */
    lesson: (lessonId: string) => ({
      lesson: course.lessons[":lessonId"],
      param: { courseId, lessonId },
    }),
  };
};

/** The course fixture's quiz (courseOf): option 1 is right, option 0 wrong. */
export const WRONG = { answers: [[0]] };
export const RIGHT = { answers: [[1]] };

/** The lesson ids of a course fixture, in order: [text, quiz]. */
export async function lessonIdsOf(ctx: TestContext, courseId: string): Promise<string[]> {
  const course = await ok(ctx.api().api.courses[":courseId"].$get({ param: { courseId } }));
  return course.modules.flatMap((module) => module.lessons.map((lesson) => lesson.lessonId));
}
