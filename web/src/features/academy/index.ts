/**
 * The academy (the catalogue in `catalogue/`, trainers' authoring in `authoring/`), as
 * other features use it: a course's labels, its query and how a lesson reads. Its pages are
 * reached by the router.
 */
export { useCourseLabels } from "./catalogue/labels.ts";
export { LessonCitations, LessonView } from "./catalogue/lesson-view.tsx";
export { courseQueries } from "./catalogue/queries.ts";
