import { requireUser } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { lessonNotFound, type ProgressStore } from "./progress-store.ts";
import type { StoredScormRuntime } from "./scorm-runtime.entity.ts";
import {
  isScormLessonDone,
  type ScormRuntimeData,
  type ScormRuntimeRecord,
} from "./scorm-runtime-schemas.ts";

const notScorm = () =>
  new VisibleError("conflict", "not-a-scorm-lesson", "This lesson is not a SCORM package.");

const staleSave = () =>
  new VisibleError(
    "precondition-failed",
    "stale-version",
    "This lesson's progress was saved elsewhere since it was loaded. Reload the lesson to go on from there.",
  );

/**
 * The learner's run-time record of a SCORM lesson (decision 0085): read to resume, saved
 * by the player on commit and finish. A save that makes the lesson done completes it in
 * the enrolment's own conditional transaction, so the course's completion and
 * certificate follow the rules of every other lesson.
 */
export function scormRuntimeUseCases(data: DataService, store: ProgressStore, now: () => Date) {
  const { readForLesson, saveProgress, retrying } = store;

  async function read(subject: string, courseId: string, lessonId: string) {
    const [found, stored] = await Promise.all([
      readForLesson(subject, courseId, lessonId),
      data.entities.scormRuntime.get({ subject, courseId, lessonId }).go(),
    ]);
    const { content } = found.lesson;
    if (content.kind !== "scorm") throw notScorm();
    const { packageId } = content;
    const pkg = (await data.entities.scormPackage.get({ courseId, packageId }).go()).data;
    // A published lesson names a ready package (decision 0084), which is never removed.
    if (!pkg?.standard || !pkg.launchPath) throw lessonNotFound();
    return {
      ...found,
      pkg: { ...pkg, standard: pkg.standard, launchPath: pkg.launchPath },
      stored: stored.data,
    };
  }

  const recordOf = (
    pkg: { packageId: string; standard: "1.2" | "2004"; launchPath: string },
    stored: StoredScormRuntime | null,
    lessonDone: boolean,
  ): ScormRuntimeRecord => {
    const { packageId, standard, launchPath } = pkg;
    // Data saved for another package (the lesson was given a new one) is not resumed.
    const current = stored?.packageId === packageId ? stored : null;
    return {
      packageId,
      standard,
      launchPath,
      data: current?.data ?? null,
      lessonDone,
      savedAt: current?.savedAt ?? null,
      version: stored?.version ?? 0,
    };
  };

  return {
    /** What to resume: the last save, or an empty record (version 0) before the first. */
    async scormRuntime(courseId: string, lessonId: string): Promise<ScormRuntimeRecord> {
      const { subject } = requireUser();
      const { enrolment, pkg, stored } = await read(subject, courseId, lessonId);
      return recordOf(pkg, stored, enrolment.done.includes(lessonId));
    },

    /** Saves what the package reported, if `version` is the record's; done stays done. */
    async saveScormRuntime(
      courseId: string,
      lessonId: string,
      input: ScormRuntimeData,
      version: number,
    ): Promise<ScormRuntimeRecord> {
      const { subject } = requireUser();
      return retrying(async () => {
        const { enrolment, course, pkg, stored } = await read(subject, courseId, lessonId);
        if ((stored?.version ?? 0) !== version) throw staleSave();
        const { packageId } = pkg;
        const completes =
          !enrolment.done.includes(lessonId) && isScormLessonDone(input, pkg.masteryScore);
        const item = {
          subject,
          courseId,
          lessonId,
          packageId,
          data: input,
          savedAt: now().toISOString(),
          version: version + 1,
        };
        const { saved } = await saveProgress(enrolment, course, {
          doneNow: completes ? [lessonId] : [],
          scormRuntime: { item, expected: version },
        });
        return saved ? recordOf(pkg, item, saved.done.includes(lessonId)) : null;
      });
    },
  };
}
