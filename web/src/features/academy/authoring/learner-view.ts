import { type CourseDraft, toLearnerLesson } from "@alliance/core/web";
import type { CourseViewData } from "../catalogue/course-view.tsx";

/** The draft as its learners would see it once published (no version number yet). */
export function previewOf(draft: CourseDraft): CourseViewData {
  return {
    courseId: draft.courseId,
    summary: draft.summary,
    description: draft.description,
    objectives: draft.objectives,
    audience: draft.audience,
    language: draft.language,
    level: draft.level,
    durationMinutes: draft.durationMinutes,
    themes: draft.themes,
    trainers: draft.trainers,
    modules: draft.modules.map((module) => ({
      moduleId: module.moduleId,
      title: module.title,
      lessons: module.lessons.map(toLearnerLesson),
    })),
    versionNumber: null,
    publishedAt: null,
  };
}
