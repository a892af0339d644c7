import { setTimeout as sleep } from "node:timers/promises";
import type { EntityItem } from "electrodb";
import type { PublishedCourse } from "../academy/schemas.ts";
import { requireUser } from "../auth/actor.ts";
import type { EnrolmentEntity, QuizAttemptEntity } from "../data/entities/learning.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { currentMember } from "../exchange/members.ts";
import { totalsChange } from "./counters.ts";
import {
  lessonsOf,
  meetsCompletion,
  newCertificateCode,
  progressOf,
  type QuizRecord,
  quizStateOf,
  scoreQuiz,
  summaryOf,
} from "./progress.ts";
import type {
  AttemptResult,
  CourseProgress,
  LessonPage,
  MyLearning,
  ProgressSummary,
} from "./schemas.ts";

type StoredEnrolment = EntityItem<typeof EnrolmentEntity>;

/** How often a change is retried when a concurrent change to the same enrolment won. */
const MAX_TRIES = 12;

const notEnrolled = () =>
  new VisibleError(
    "not-found",
    "enrolment-not-found",
    "You are not enrolled in this course. Enrol first, from the course page.",
  );
const courseGone = () =>
  new VisibleError("not-found", "course-not-found", "No course with this id is published.");
const lessonNotFound = () =>
  new VisibleError("not-found", "lesson-not-found", "The course has no such lesson now.");

/**
 * Enrolment, progress, quizzes and completion. The server decides what counts:
 * a lesson is done when the learner marks it (text, document, video) or passes
 * it (quiz); every change is one TransactWriteItems conditional on the
 * enrolment's `rev`, carrying the counters and, on completion, the certificate.
 */
export function learningUseCases(data: DataService, now: () => Date = () => new Date()) {
  const enrolments = data.entities.enrolment;

  async function read(subject: string, courseId: string) {
    const [enrolment, listing] = await Promise.all([
      enrolments.get({ subject, courseId }).go(),
      data.entities.courseListing.get({ courseId }).go(),
    ]);
    return {
      enrolment: enrolment.data,
      listing: listing.data,
      course: listing.data?.view ?? null,
    };
  }

  /** The enrolment and the course for a change: enrolled (not left) and the lesson exists. */
  async function readForLesson(subject: string, courseId: string, lessonId: string) {
    const found = await read(subject, courseId);
    const { enrolment, course } = found;
    if (!enrolment || enrolment.status === "left" || !course) throw notEnrolled();
    const lesson = lessonsOf(course).find((each) => each.lessonId === lessonId);
    if (!lesson) throw lessonNotFound();
    return { ...found, enrolment, course, lesson };
  }

  /**
   * The writes that record `doneNow` (lesson ids newly done) and any quiz
   * change, with the counters; completion and certificate when the rule is met.
   */
  async function record(
    enrolment: StoredEnrolment,
    course: PublishedCourse,
    change: {
      doneNow: string[];
      quizzes?: Record<string, QuizRecord>;
      /** The scored quiz attempt to store with the change. */
      attempt?: EntityItem<typeof QuizAttemptEntity>;
      counters?: Record<string, { attempts?: number; passes?: number; attempters?: number }>;
    },
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
      rev: enrolment.rev + 1,
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
          .where((attributes, { eq }) => eq(attributes.rev, enrolment.rev))
          .commit(),
        ...[...lessonCounters].map(([scope, figures]) =>
          tx.courseCounter.update({ courseId, scope }).add(figures).commit(),
        ),
        ...(change.attempt ? [tx.quizAttempt.create(change.attempt).commit()] : []),
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

  /** Runs `attempt` until its conditional write lands; a concurrent change makes it re-read. */
  async function retrying<T>(attempt: () => Promise<T | null>): Promise<T> {
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
  }

  return {
    /** Enrols the caller; enrolling again (or after leaving) keeps earlier progress. */
    async enrol(courseId: string): Promise<{ progress: CourseProgress; created: boolean }> {
      const member = await currentMember(data);
      const subject = member.actor.subject;
      return retrying(async () => {
        const { enrolment, listing, course } = await read(subject, courseId);
        if (!course || !listing?.listed) throw courseGone();
        if (enrolment && enrolment.status !== "left") {
          return { progress: progressOf(course, enrolment), created: false };
        }
        const at = now().toISOString();
        const cityId = enrolment ? enrolment.cityId : (member.cityId ?? undefined);
        const next: StoredEnrolment = enrolment
          ? { ...enrolment, status: "active", lastActiveAt: at, rev: enrolment.rev + 1 }
          : {
              subject,
              courseId,
              ...(cityId && { cityId }),
              status: "active",
              enrolledAt: at,
              lastActiveAt: at,
              done: [],
              known: lessonsOf(course).map((lesson) => lesson.lessonId),
              quizzes: {},
              rev: 1,
            };
        const result = await data.transaction
          .write((tx) => [
            enrolment
              ? tx.enrolment
                  .patch({ subject, courseId })
                  .set({ status: "active", lastActiveAt: at, rev: next.rev })
                  .where((attributes, { eq }) => eq(attributes.rev, enrolment.rev))
                  .commit()
              : tx.enrolment.create(next).commit(),
            ...totalsChange(tx, { courseId, cityId, courseTitle: course.title }, { enrolled: 1 }),
          ])
          .go();
        return result.canceled ? null : { progress: progressOf(course, next), created: true };
      });
    },

    /** Leaves a course in progress: it leaves "My learning"; progress is kept for a return. */
    async leave(courseId: string): Promise<void> {
      const { subject } = requireUser();
      await retrying(async () => {
        const { enrolment } = await read(subject, courseId);
        if (!enrolment || enrolment.status === "left") throw notEnrolled();
        if (enrolment.status === "completed") {
          throw new VisibleError(
            "conflict",
            "course-completed",
            "A completed course stays in your learning record with its certificate.",
          );
        }
        const { cityId } = enrolment;
        const result = await data.transaction
          .write((tx) => [
            tx.enrolment
              .patch({ subject, courseId })
              .set({ status: "left", rev: enrolment.rev + 1 })
              .where((attributes, { eq }) => eq(attributes.rev, enrolment.rev))
              .commit(),
            ...totalsChange(tx, { courseId, cityId }, { enrolled: -1 }),
          ])
          .go();
        return result.canceled ? null : true;
      });
    },

    /** Every course the caller follows or completed: one Query, one BatchGetItem. */
    async mine(): Promise<MyLearning> {
      const { subject } = requireUser();
      const found = await enrolments.query.byLearner({ subject }).go({ pages: "all" });
      const current = found.data.filter((each) => each.status !== "left");
      if (current.length === 0) return { inProgress: [], completed: [] };
      const listings = await data.entities.courseListing
        .get(current.map(({ courseId }) => ({ courseId })))
        .go();
      const courses = new Map(listings.data.map((listing) => [listing.courseId, listing.view]));
      const summaries = current.flatMap((enrolment) => {
        const course = courses.get(enrolment.courseId);
        return course ? [summaryOf(progressOf(course, enrolment))] : [];
      });
      const by =
        (key: "lastActiveAt" | "completedAt") => (a: ProgressSummary, b: ProgressSummary) =>
          (b[key] ?? "").localeCompare(a[key] ?? "");
      return {
        inProgress: summaries.filter((each) => each.status === "active").sort(by("lastActiveAt")),
        completed: summaries.filter((each) => each.status === "completed").sort(by("completedAt")),
      };
    },

    /** The caller's progress in one course. */
    async progress(courseId: string): Promise<CourseProgress> {
      const { subject } = requireUser();
      const { enrolment, course } = await read(subject, courseId);
      if (!enrolment || enrolment.status === "left" || !course) throw notEnrolled();
      return progressOf(course, enrolment);
    },

    /** A lesson as the enrolled learner studies it: two GetItems, read at once. */
    async lesson(courseId: string, lessonId: string): Promise<LessonPage> {
      const { subject } = requireUser();
      const { enrolment, course, lesson } = await readForLesson(subject, courseId, lessonId);
      const lessons = lessonsOf(course);
      const index = lessons.indexOf(lesson);
      const module = course.modules.find((each) =>
        each.lessons.some((candidate) => candidate.lessonId === lessonId),
      );
      return {
        courseId,
        courseTitle: course.title,
        versionNumber: course.versionNumber,
        lesson,
        moduleTitle: module?.title ?? "",
        previousLessonId: lessons[index - 1]?.lessonId ?? null,
        nextLessonId: lessons[index + 1]?.lessonId ?? null,
        quiz:
          lesson.content.kind === "quiz"
            ? quizStateOf(enrolment.quizzes[lessonId], lesson.content.attemptLimit)
            : null,
        progress: progressOf(course, enrolment),
      };
    },

    /** Marks a text, document or video lesson done. Marking it again changes nothing. */
    async complete(courseId: string, lessonId: string): Promise<CourseProgress> {
      const { subject } = requireUser();
      return retrying(async () => {
        const { enrolment, course, lesson } = await readForLesson(subject, courseId, lessonId);
        if (lesson.content.kind === "quiz") {
          throw new VisibleError(
            "conflict",
            "quiz-completes-by-passing",
            "A quiz is done when you pass it: submit your answers.",
          );
        }
        if (enrolment.done.includes(lessonId)) return progressOf(course, enrolment);
        const { saved } = await record(enrolment, course, { doneNow: [lessonId] });
        return saved ? progressOf(course, saved) : null;
      });
    },

    /** Scores a quiz attempt on the server against the published version's answers. */
    async attempt(courseId: string, lessonId: string, answers: number[][]): Promise<AttemptResult> {
      const { subject } = requireUser();
      return retrying(async () => {
        const { enrolment, course, lesson } = await readForLesson(subject, courseId, lessonId);
        if (lesson.content.kind !== "quiz") {
          throw new VisibleError("conflict", "not-a-quiz", "This lesson is not a quiz.");
        }
        const held = enrolment.quizzes[lessonId];
        const limit = lesson.content.attemptLimit;
        if (held?.passed) {
          throw new VisibleError("conflict", "quiz-passed", "You have passed this quiz already.");
        }
        if (limit !== null && (held?.attempts ?? 0) >= limit) {
          throw new VisibleError(
            "conflict",
            "no-attempts-left",
            `This quiz allows ${limit} attempts, and you have used them all.`,
          );
        }
        const version = await data.entities.courseVersion
          .get({ courseId, versionNumber: course.versionNumber })
          .go();
        const modules = version.data?.course.modules;
        const authored = modules
          ?.flatMap((module) => module.lessons)
          .find((each) => each.lessonId === lessonId)?.content;
        if (authored?.kind !== "quiz") throw lessonNotFound();
        const scored = scoreQuiz(authored, answers);
        if ("misfit" in scored) {
          throw new VisibleError(
            "input",
            "answers-do-not-fit",
            "These answers do not fit the quiz.",
            [{ field: "answers", message: scored.misfit }],
          );
        }
        const attempt = (held?.attempts ?? 0) + 1;
        const quizRecord: QuizRecord = {
          attempts: attempt,
          passed: scored.passed,
          lastScore: scored.score,
          lastResult: scored.questions,
        };
        const { saved } = await record(enrolment, course, {
          doneNow: scored.passed ? [lessonId] : [],
          quizzes: { ...enrolment.quizzes, [lessonId]: quizRecord },
          counters: {
            [lessonId]: {
              attempts: 1,
              ...(scored.passed && { passes: 1 }),
              ...(attempt === 1 && { attempters: 1 }),
            },
          },
          attempt: {
            subject,
            courseId,
            lessonId,
            attempt,
            versionNumber: course.versionNumber,
            answers,
            score: scored.score,
            passed: scored.passed,
            at: now().toISOString(),
          },
        });
        if (!saved) return null;
        return {
          attempt,
          score: scored.score,
          passMark: authored.passMark,
          passed: scored.passed,
          questions: scored.questions,
          quiz: quizStateOf(quizRecord, limit),
          progress: summaryOf(progressOf(course, saved)),
        };
      });
    },
  };
}
