import { stringify } from "csv-stringify/sync";
import type { CourseStats } from "./statistics-schemas.ts";

type Cell = string | number | boolean | null;

/**
 * A cell a spreadsheet would read as a formula (OWASP CSV injection): it starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return, or the full-width forms
 * of the first four, which Apple Numbers normalises. csv-stringify's
 * `escape_formulas` prefixes exactly these with `'`; this pattern quotes them as
 * OWASP also asks (csv-stringify alone quotes only cells holding a delimiter).
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/**
 * Rows as CSV (RFC 4180: CRLF between records, none after the last), with text
 * that could start a formula neutralised. Numbers the platform writes stay
 * numbers: they are counts and percentages, never negative, and csv-stringify
 * leaves a number's `-` alone in any case; a title such as "-1" is text and is
 * neutralised. An empty row is a blank line between sections.
 */
export function toCsv(rows: Cell[][]): string {
  return stringify(rows, {
    escape_formulas: true,
    quoted_match: FORMULA_START,
    record_delimiter: "windows",
    eof: false,
    cast: { boolean: (value) => String(value) },
  });
}

/** The course's figures as CSV, one section per table. */
export function courseStatsCsv(stats: CourseStats): string {
  return toCsv([
    ["course", "version", "enrolled", "active_30_days", "completed", "completion_rate_percent"],
    [
      stats.title,
      stats.versionNumber,
      stats.enrolled,
      stats.active30Days,
      stats.completed,
      stats.completionRate,
    ],
    [],
    ["lesson_id", "lesson", "kind", "optional", "learners_done"],
    ...stats.lessons.map((lesson) => [
      lesson.lessonId,
      lesson.title,
      lesson.kind,
      lesson.optional,
      lesson.done,
    ]),
    [],
    [
      "quiz_id",
      "quiz",
      "learners_attempted",
      "attempts",
      "passes",
      "pass_rate_percent",
      "average_attempts",
    ],
    ...stats.quizzes.map((quiz) => [
      quiz.lessonId,
      quiz.title,
      quiz.attempters,
      quiz.attempts,
      quiz.passes,
      quiz.passRate,
      quiz.averageAttempts,
    ]),
  ]);
}
