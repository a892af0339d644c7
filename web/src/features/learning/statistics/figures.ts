import type { CourseStats } from "@alliance/core/web";

/**
 * Part of a whole in whole percent. 0 when the whole is 0 (no learner, no attempt).
 * A non-zero part never reads "0 %" and a part short of the whole never reads
 * "100 %": one learner in 300 is someone, and 299 in 300 is not everyone.
 * A part may exceed the whole (learners who left keep the lessons they did), so
 * the result is not capped at 100.
 */
export function percentOf(part: number, whole: number): number {
  if (whole <= 0 || part <= 0) return 0;
  const rounded = Math.round((part / whole) * 100);
  if (part < whole) return Math.min(99, Math.max(1, rounded));
  return rounded;
}

/** How much of its track a bar fills, in percent: always within 0–100. */
export function barWidth(part: number, whole: number): number {
  return Math.min(100, percentOf(part, whole));
}

/** Attempts per learner who tried, to one decimal; null when nobody tried. */
export function averageAttempts(attempts: number, attempters: number): number | null {
  if (attempters <= 0) return null;
  return Math.round((attempts / attempters) * 10) / 10;
}

export interface FunnelRow {
  lessonId: string;
  title: string;
  isQuiz: boolean;
  optional: boolean;
  done: number;
  enrolled: number;
  percent: number;
  width: number;
}

/** The lesson funnel, in course order: who completed each lesson, of those enrolled. */
export function funnelRows(stats: Pick<CourseStats, "lessons" | "enrolled">): FunnelRow[] {
  return stats.lessons.map((lesson) => ({
    lessonId: lesson.lessonId,
    title: lesson.title,
    isQuiz: lesson.kind === "quiz",
    optional: lesson.optional,
    done: lesson.done,
    enrolled: stats.enrolled,
    percent: percentOf(lesson.done, stats.enrolled),
    width: barWidth(lesson.done, stats.enrolled),
  }));
}

export interface QuizRow {
  lessonId: string;
  title: string;
  attempters: number;
  passes: number;
  passRate: number;
  width: number;
  averageAttempts: number | null;
}

/** Each quiz: how many tried, how many of them passed, and attempts per learner. */
export function quizRows(stats: Pick<CourseStats, "quizzes">): QuizRow[] {
  return stats.quizzes.map((quiz) => ({
    lessonId: quiz.lessonId,
    title: quiz.title,
    attempters: quiz.attempters,
    passes: quiz.passes,
    passRate: percentOf(quiz.passes, quiz.attempters),
    width: barWidth(quiz.passes, quiz.attempters),
    averageAttempts: averageAttempts(quiz.attempts, quiz.attempters),
  }));
}

/** A count or an average in the interface language, at most one decimal. */
export function formatFigure(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
}

/**
 * The file name a Content-Disposition header gives (RFC 6266: `filename*` wins over
 * `filename`), stripped of any path, or the fallback when it gives none.
 */
export function fileNameFrom(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const extended = /filename\*\s*=\s*[^']*'[^']*'([^;]+)/i.exec(header)?.[1];
  let name: string | undefined;
  if (extended) {
    try {
      name = decodeURIComponent(extended.trim());
    } catch {
      name = undefined;
    }
  }
  name ??= /filename\s*=\s*(?:"([^"]*)"|([^;\s]+))/i.exec(header)?.slice(1).find(Boolean);
  const base = name?.split(/[/\\]/).pop()?.trim();
  return base ? base : fallback;
}
