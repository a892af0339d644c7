import { publicAttachment } from "../exchange/index.ts";
import type { StoredDraft } from "./course.entity.ts";
import { courseActions } from "./course-policy.ts";
import { toLearnerLesson } from "./learner-lesson.ts";
import type { CourseDraft, CourseSummary, PublishedCourse } from "./schemas.ts";

/** The draft for one of its authors (every caller got it through `loadOwnDraft`). */
export function toDraft(stored: StoredDraft): CourseDraft {
  return {
    courseId: stored.courseId,
    ...stored.fields,
    status: stored.status,
    trainers: stored.trainers,
    modules: stored.modules,
    documents: (stored.documents ?? []).map(publicAttachment),
    publishedVersion: stored.publishedVersion > 0 ? stored.publishedVersion : null,
    createdAt: stored.createdAt,
    updatedAt: stored.updatedAt,
    version: stored.version,
    actions: courseActions(true, stored.status),
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

/** The summary item of a listing showing `course` (course-summary.entity.ts). */
export function toSummaryItem(course: PublishedCourse, listed: boolean) {
  return {
    courseId: course.courseId,
    versionNumber: course.versionNumber,
    listed,
    card: JSON.stringify(toCourseSummary(course)),
    lessons: course.modules.flatMap((module) =>
      module.lessons.map(({ lessonId, optional }) => ({ lessonId, optional })),
    ),
    citedItemIds: citedItemIds(course.modules),
    publishedAt: course.publishedAt,
  };
}

/** Every exchange item a course's lessons cite, once each. */
export const citedItemIds = (modules: { lessons: { citations: string[] }[] }[]): string[] => [
  ...new Set(modules.flatMap((module) => module.lessons.flatMap((lesson) => lesson.citations))),
];
