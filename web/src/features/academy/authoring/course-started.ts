/** Navigation state set by "Start a course" when it opens the editor of the new draft. */
export const COURSE_STARTED = "courseStarted";

export function isCourseStarted(state: unknown): boolean {
  return typeof state === "object" && state !== null && COURSE_STARTED in state;
}
