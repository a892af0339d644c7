import { randomInt } from "node:crypto";
import type { CourseModule, LearnerLesson, PublishedCourse } from "../academy/index.ts";
import type { QuestionResult, QuizRecord } from "./enrolment.entity.ts";
import { progressPercent } from "./percent.ts";
import type { CourseProgress, ProgressSummary, QuizState } from "./schemas.ts";

/** What the enrolment item holds, as the pure functions need it. */
export interface EnrolmentState {
  status: "active" | "left" | "completed";
  enrolledAt: string;
  lastActiveAt: string;
  done: string[];
  known: string[];
  quizzes: Record<string, QuizRecord>;
  completedAt?: string | undefined;
  certificateCode?: string | undefined;
}

export const lessonsOf = (course: Pick<PublishedCourse, "modules">) =>
  course.modules.flatMap((module) => module.lessons);

/** Completion rule: every required lesson of the current version done (quizzes: passed). */
export function meetsCompletion(course: PublishedCourse, done: ReadonlySet<string>): boolean {
  return lessonsOf(course).every((lesson) => lesson.optional || done.has(lesson.lessonId));
}

/** A lesson as progress counts it. */
type CountedLesson = Pick<LearnerLesson, "lessonId" | "optional">;

/** What a list of a learner's courses shows: from the course's lesson outline alone. */
export function progressSummaryOf(
  course: Pick<PublishedCourse, "courseId" | "title" | "language" | "versionNumber">,
  lessons: readonly CountedLesson[],
  enrolment: EnrolmentState,
): ProgressSummary {
  const done = new Set(enrolment.done);
  const isNew = newLessonTest(enrolment);
  const required = lessons.filter((lesson) => !lesson.optional);
  const requiredDone = required.filter((lesson) => done.has(lesson.lessonId)).length;
  const completed = enrolment.status === "completed";
  const next =
    required.find((lesson) => !done.has(lesson.lessonId)) ??
    lessons.find((lesson) => !done.has(lesson.lessonId)) ??
    null;
  return {
    courseId: course.courseId,
    title: course.title,
    language: course.language,
    versionNumber: course.versionNumber,
    status: completed ? "completed" : "active",
    enrolledAt: enrolment.enrolledAt,
    lastActiveAt: enrolment.lastActiveAt,
    requiredDone,
    requiredTotal: required.length,
    // A completed course stays complete, whatever a later version added.
    percent: completed ? 100 : progressPercent(requiredDone, required.length),
    nextLessonId: next?.lessonId ?? null,
    newLessons: lessons.filter(isNew).length,
    completedAt: enrolment.completedAt ?? null,
    certificateCode: enrolment.certificateCode ?? null,
  };
}

/** A lesson is new when the learner knew the course before it was added, and has not done it. */
function newLessonTest(enrolment: EnrolmentState) {
  const done = new Set(enrolment.done);
  const known = new Set(enrolment.known);
  return (lesson: CountedLesson) =>
    known.size > 0 && !known.has(lesson.lessonId) && !done.has(lesson.lessonId);
}

export function progressOf(course: PublishedCourse, enrolment: EnrolmentState): CourseProgress {
  const done = new Set(enrolment.done);
  const isNew = newLessonTest(enrolment);
  return {
    ...progressSummaryOf(course, lessonsOf(course), enrolment),
    modules: course.modules.map((module) => ({
      moduleId: module.moduleId,
      title: module.title,
      lessons: module.lessons.map((lesson) => ({
        lessonId: lesson.lessonId,
        title: lesson.title,
        kind: lesson.content.kind,
        optional: lesson.optional,
        done: done.has(lesson.lessonId),
        isNew: isNew(lesson),
      })),
    })),
  };
}

export function summaryOf(progress: CourseProgress): ProgressSummary {
  const { modules: _modules, ...summary } = progress;
  return summary;
}

export function quizStateOf(
  record: QuizRecord | undefined,
  attemptLimit: number | null,
): QuizState {
  const attempts = record?.attempts ?? 0;
  return {
    attempts,
    attemptsLeft: attemptLimit === null ? null : Math.max(0, attemptLimit - attempts),
    passed: record?.passed ?? false,
    lastScore: record?.lastScore ?? null,
    lastResult: record?.lastResult ?? null,
  };
}

type AuthoredQuiz = Extract<CourseModule["lessons"][number]["content"], { kind: "quiz" }>;

/**
 * Scores answers against the authored quiz (answers and feedback included): a
 * question counts when exactly its correct options were chosen. Returns null
 * when the answers do not fit the quiz (the caller names the field).
 */
export function scoreQuiz(
  quiz: AuthoredQuiz,
  answers: number[][],
): { score: number; passed: boolean; questions: QuestionResult[] } | { misfit: string } {
  if (answers.length !== quiz.questions.length) {
    return { misfit: `Answer each of the ${quiz.questions.length} questions` };
  }
  const questions: QuestionResult[] = [];
  for (const [index, question] of quiz.questions.entries()) {
    const chosen = [...new Set(answers[index] ?? [])].sort((a, b) => a - b);
    if (chosen.length === 0) return { misfit: `Question ${index + 1} has no answer` };
    if (chosen.some((option) => option >= question.options.length)) {
      return { misfit: `Question ${index + 1} has only ${question.options.length} options` };
    }
    if (question.choice === "single" && chosen.length > 1) {
      return { misfit: `Question ${index + 1} takes one answer` };
    }
    const correct = question.options.flatMap((option, at) => (option.correct ? [at] : []));
    questions.push({
      correct: correct.length === chosen.length && correct.every((at, i) => chosen[i] === at),
      feedback: chosen.flatMap((option) => {
        const text = question.options[option]?.feedback ?? "";
        return text ? [{ option, text }] : [];
      }),
    });
  }
  const right = questions.filter((question) => question.correct).length;
  const score = Math.round((right / questions.length) * 100);
  return { score, passed: score >= quiz.passMark, questions };
}

const CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/** A verification code: 60 random bits in three groups, easy to read aloud and type. */
export function newCertificateCode(): string {
  const group = () => Array.from({ length: 4 }, () => CROCKFORD[randomInt(32)]).join("");
  return `ALC-${group()}-${group()}-${group()}`;
}
