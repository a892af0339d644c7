import type { CourseDraft, LearnerLesson, Lesson } from "@alliance/core/web";
import type { CourseViewData } from "../courses/course-view.tsx";

/**
 * A lesson as a learner receives it: no correct flags and no feedback, which a
 * learner sees only after answering. Mirrors core's server-side view, which the
 * browser bundle cannot import.
 */
export function toLearnerLesson(lesson: Lesson): LearnerLesson {
  const { content } = lesson;
  return {
    lessonId: lesson.lessonId,
    title: lesson.title,
    optional: lesson.optional,
    citations: [...lesson.citations],
    content:
      content.kind === "quiz"
        ? {
            kind: "quiz",
            passMark: content.passMark,
            attemptLimit: content.attemptLimit,
            questions: content.questions.map((question) => ({
              prompt: question.prompt,
              choice: question.choice,
              options: question.options.map((option) => ({ text: option.text })),
            })),
          }
        : { ...content },
  };
}

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
