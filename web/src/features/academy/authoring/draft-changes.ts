import type { CoursePatch, LessonCreate, LessonMove, ModuleMove } from "@alliance/core/web";
import { api, readJson } from "../../../api/client.ts";
import type { DraftChange } from "./queries.ts";

/**
 * Every change the editor makes to a draft, as a DraftChange: the If-Match is
 * filled in when the change runs (see useDraftChange), never when it is made.
 */
export function draftChanges(courseId: string) {
  const course = api.api.courses[":courseId"];
  const draft = course.draft;
  const modules = draft.modules[":moduleId"];
  const lessons = draft.lessons[":lessonId"];
  const param = { courseId };

  return {
    updateFields:
      (patch: CoursePatch): DraftChange =>
      async (header) =>
        readJson(await draft.$patch({ param, json: patch, header })),

    addModule:
      (title: string): DraftChange =>
      async (header) =>
        readJson(await draft.modules.$post({ param, json: { title }, header })),
    renameModule:
      (moduleId: string, title: string): DraftChange =>
      async (header) =>
        readJson(await modules.$patch({ param: { ...param, moduleId }, json: { title }, header })),
    removeModule:
      (moduleId: string): DraftChange =>
      async (header) =>
        readJson(await modules.$delete({ param: { ...param, moduleId }, header })),
    moveModule:
      (moduleId: string, move: ModuleMove): DraftChange =>
      async (header) =>
        readJson(await modules.move.$post({ param: { ...param, moduleId }, json: move, header })),

    addLesson:
      (moduleId: string, lesson: LessonCreate): DraftChange =>
      async (header) =>
        readJson(
          await modules.lessons.$post({ param: { ...param, moduleId }, json: lesson, header }),
        ),
    editLesson:
      (lessonId: string, lesson: LessonCreate): DraftChange =>
      async (header) =>
        readJson(await lessons.$patch({ param: { ...param, lessonId }, json: lesson, header })),
    removeLesson:
      (lessonId: string): DraftChange =>
      async (header) =>
        readJson(await lessons.$delete({ param: { ...param, lessonId }, header })),
    moveLesson:
      (lessonId: string, move: LessonMove): DraftChange =>
      async (header) =>
        readJson(await lessons.move.$post({ param: { ...param, lessonId }, json: move, header })),

    transition:
      (action: "publish" | "unpublish" | "archive"): DraftChange =>
      async (header) =>
        readJson(await course[action].$post({ param, header })),
    addTrainer:
      (userId: string): DraftChange =>
      async (header) =>
        readJson(await course.trainers[":userId"].$put({ param: { ...param, userId }, header })),
  };
}

export type DraftChanges = ReturnType<typeof draftChanges>;
