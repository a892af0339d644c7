import type { LearnerLesson, Lesson } from "./schemas.ts";

/*
 * Browser-safe (exported from `@alliance/core/web`): the server's published view
 * and the authoring preview strip a lesson the same way.
 */

/** A lesson without what a learner must not see before answering: correct flags and feedback. */
export function toLearnerLesson(lesson: Lesson): LearnerLesson {
  const { content } = lesson;
  const safe: LearnerLesson["content"] =
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
      : content;
  return {
    lessonId: lesson.lessonId,
    title: lesson.title,
    optional: lesson.optional,
    citations: lesson.citations,
    content: safe,
  };
}
