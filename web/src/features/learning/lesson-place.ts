import type { CourseProgress } from "@alliance/core/web";

type Outline = Pick<CourseProgress, "modules">;
export type ProgressLesson = CourseProgress["modules"][number]["lessons"][number];

/** Every lesson of the course in reading order, across modules. */
export function lessonsOf(progress: Outline): ProgressLesson[] {
  return progress.modules.flatMap((module) => module.lessons);
}

/** A lesson of the course by id, for its title and state; null when it is not there. */
export function findLesson(progress: Outline, lessonId: string | null): ProgressLesson | null {
  if (!lessonId) return null;
  return lessonsOf(progress).find((lesson) => lesson.lessonId === lessonId) ?? null;
}

/** "Lesson n of N": the lesson's position in the whole course (n is 0 when it is not in it). */
export function lessonPlace(progress: Outline, lessonId: string) {
  const lessons = lessonsOf(progress);
  return {
    number: lessons.findIndex((lesson) => lesson.lessonId === lessonId) + 1,
    total: lessons.length,
  };
}

/** Whether the learner has done anything yet: "Start" rather than "Resume". */
export function hasStarted(progress: Outline): boolean {
  return lessonsOf(progress).some((lesson) => lesson.done);
}
