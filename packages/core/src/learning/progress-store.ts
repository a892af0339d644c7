import { setTimeout as sleep } from "node:timers/promises";
import type { EntityItem } from "electrodb";
import type { PublishedCourse } from "../academy/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { totalsChange } from "./counters.ts";
import type { QuizRecord, StoredEnrolment } from "./enrolment.entity.ts";
import { lessonsOf, meetsCompletion, newCertificateCode } from "./progress.ts";
import type { QuizAttemptEntity } from "./quiz-attempt.entity.ts";
import type { StoredScormRuntime } from "./scorm-runtime.entity.ts";

/** How often a change is retried when a concurrent change to the same enrolment won. */
const MAX_TRIES = 12;

export const notEnrolled = () =>
  new VisibleError(
    "not-found",
    "enrolment-not-found",
    "You are not enrolled in this course. Enrol first, from the course page.",
  );
export const courseGone = () =>
  new VisibleError("not-found", "course-not-found", "No course with this id is published.");
export const lessonNotFound = () =>
  new VisibleError("not-found", "lesson-not-found", "The course has no such lesson now.");

/** A change of progress: lessons newly done, quiz results, counters, the attempt to store. */
export interface ProgressChange {
  doneNow: string[];
  quizzes?: Record<string, QuizRecord>;
  /** The scored quiz attempt to store with the change. */
  attempt?: EntityItem<typeof QuizAttemptEntity>;
  counters?: Record<string, { attempts?: number; passes?: number; attempters?: number }>;
  /** A SCORM lesson's run-time record to save, conditional on its version (0: none yet). */
  scormRuntime?: { item: StoredScormRuntime; expected: number };
}

/**
 * Reads and writes of a learner's enrolment. Every write is one
 * TransactWriteItems conditional on the enrolment's `version`, carrying the
 * counters and, on completion, the certificate; a write that lost to a
 * concurrent one is retried from a fresh read.
 */
export function progressStore(data: DataService, now: () => Date) {
  async function read(subject: string, courseId: string) {
    const [enrolment, listing] = await Promise.all([
      data.entities.enrolment.get({ subject, courseId }).go(),
      data.entities.courseListing.get({ courseId }).go(),
    ]);
    return {
      enrolment: enrolment.data,
      listing: listing.data,
      course: listing.data?.view ?? null,
    };
  }

  async function certificateFor(enrolment: StoredEnrolment, course: PublishedCourse, at: string) {
    const profile = await data.entities.user.get({ subject: enrolment.subject }).go();
    return {
      code: newCertificateCode(),
      subject: enrolment.subject,
      courseId: course.courseId,
      holderName: profile.data?.displayName ?? "",
      courseTitle: course.title,
      versionNumber: course.versionNumber,
      language: profile.data?.preferredLanguage ?? "en",
      issuedAt: at,
    };
  }

  return {
    read,

    /** The enrolment and the course for a change: enrolled (not left) and the lesson exists. */
    async readForLesson(subject: string, courseId: string, lessonId: string) {
      const found = await read(subject, courseId);
      const { enrolment, course } = found;
      if (!enrolment || enrolment.status === "left" || !course) throw notEnrolled();
      const lesson = lessonsOf(course).find((each) => each.lessonId === lessonId);
      if (!lesson) throw lessonNotFound();
      return { ...found, enrolment, course, lesson };
    },

    /**
     * Saves `change` to the enrolment with the counters; completes the course and
     * issues its certificate when the completion rule is met. `saved` is null when
     * a concurrent change won (nothing was written).
     */
    async saveProgress(
      enrolment: StoredEnrolment,
      course: PublishedCourse,
      change: ProgressChange,
    ): Promise<{ saved: StoredEnrolment | null }> {
      const at = now().toISOString();
      const done = [...new Set([...enrolment.done, ...change.doneNow])];
      const completes = enrolment.status !== "completed" && meetsCompletion(course, new Set(done));
      const certificate = completes ? await certificateFor(enrolment, course, at) : null;
      const changes = {
        done,
        known: lessonsOf(course).map((lesson) => lesson.lessonId),
        quizzes: change.quizzes ?? enrolment.quizzes,
        lastActiveAt: at,
        version: enrolment.version + 1,
        ...(certificate && {
          status: "completed" as const,
          completedAt: at,
          completedVersion: course.versionNumber,
          certificateCode: certificate.code,
        }),
      };
      const { subject, courseId, cityId } = enrolment;
      const lessonCounters = new Map<string, Record<string, number>>();
      for (const lessonId of change.doneNow) lessonCounters.set(lessonId, { done: 1 });
      for (const [lessonId, figures] of Object.entries(change.counters ?? {})) {
        lessonCounters.set(lessonId, { ...lessonCounters.get(lessonId), ...figures });
      }
      const result = await data.transaction
        .write((tx) => [
          tx.enrolment
            .patch({ subject, courseId })
            .set(changes)
            .where((attributes, { eq }) => eq(attributes.version, enrolment.version))
            .commit(),
          ...[...lessonCounters].map(([scope, figures]) =>
            tx.courseCounter.update({ courseId, scope }).add(figures).commit(),
          ),
          ...(change.attempt ? [tx.quizAttempt.create(change.attempt).commit()] : []),
          ...(change.scormRuntime
            ? [
                change.scormRuntime.expected === 0
                  ? tx.scormRuntime.create(change.scormRuntime.item).commit()
                  : tx.scormRuntime
                      .put(change.scormRuntime.item)
                      .where((attributes, { eq }) =>
                        eq(attributes.version, change.scormRuntime?.expected ?? 0),
                      )
                      .commit(),
              ]
            : []),
          ...(certificate
            ? [
                tx.certificate.create(certificate).commit(),
                ...totalsChange(
                  tx,
                  { courseId, cityId, courseTitle: course.title },
                  { completed: 1 },
                ),
              ]
            : []),
        ])
        .go();
      const next: StoredEnrolment = { ...enrolment, ...changes };
      return { saved: result.canceled ? null : next };
    },

    /** Runs `attempt` until its conditional write lands; a concurrent change makes it re-read. */
    async retrying<T>(attempt: () => Promise<T | null>): Promise<T> {
      for (let tries = 0; tries < MAX_TRIES; tries += 1) {
        const result = await attempt();
        if (result !== null) return result;
        await sleep(Math.random() * 10 * 2 ** Math.min(tries, 5));
      }
      throw new VisibleError(
        "unavailable",
        "busy",
        "Your progress is being updated from elsewhere at this moment. Please try again.",
      );
    },
  };
}

export type ProgressStore = ReturnType<typeof progressStore>;
