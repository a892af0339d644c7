import type { EntityItem } from "electrodb";
import type { CourseDraftEntity } from "../data/entities/course.ts";
import type {
  CourseDraft,
  CourseFields,
  CourseModule,
  CourseSummary,
  LearnerLesson,
  Lesson,
  PublishedCourse,
} from "./schemas.ts";

export type StoredDraft = Omit<
  EntityItem<typeof CourseDraftEntity>,
  "fields" | "modules" | "trainers" | "documents"
> & {
  fields: CourseFields;
  modules: CourseModule[];
  trainers: CourseDraft["trainers"];
  documents?: CourseDraft["documents"];
};

export function toDraft(stored: StoredDraft): CourseDraft {
  return {
    courseId: stored.courseId,
    ...stored.fields,
    status: stored.status,
    trainers: stored.trainers,
    modules: stored.modules,
    documents: stored.documents ?? [],
    publishedVersion: stored.publishedVersion > 0 ? stored.publishedVersion : null,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    version: stored.version,
  };
}

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

export function toPublished(
  stored: StoredDraft,
  versionNumber: number,
  publishedAt: string,
): PublishedCourse {
  return {
    courseId: stored.courseId,
    ...stored.fields,
    trainers: stored.trainers,
    modules: stored.modules.map((module) => ({
      moduleId: module.moduleId,
      title: module.title,
      lessons: module.lessons.map(toLearnerLesson),
    })),
    versionNumber,
    publishedAt,
  };
}

export function toCourseSummary(course: PublishedCourse): CourseSummary {
  const { modules, description: _description, ...rest } = course;
  return {
    ...rest,
    lessonCount: modules.reduce((count, module) => count + module.lessons.length, 0),
  };
}

/** Every exchange item a course's lessons cite, once each. */
export const citedItemIds = (modules: { lessons: { citations: string[] }[] }[]): string[] => [
  ...new Set(modules.flatMap((module) => module.lessons.flatMap((lesson) => lesson.citations))),
];
