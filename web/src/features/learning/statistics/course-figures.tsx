import type { CourseStats } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { CsvDownload } from "./csv-download.tsx";
import { funnelRows, quizRows } from "./figures.ts";
import { KeyFigures } from "./key-figures.tsx";
import { LessonFunnel } from "./lesson-funnel.tsx";
import { QuizResults } from "./quiz-results.tsx";

/** A course's figures: headline numbers, the lesson funnel and quiz results. */
export function CourseFigures({ stats }: { stats: CourseStats }) {
  const { t } = useTranslation();
  if (stats.versionNumber === null) {
    return <p className="empty">{t("statistics.course.neverPublished")}</p>;
  }
  const lessons = funnelRows(stats);
  const quizzes = quizRows(stats);
  // Learners who left keep the lessons they did, so a lesson may outnumber those enrolled.
  const leaversCounted = lessons.some((lesson) => lesson.done > lesson.enrolled);

  return (
    <>
      <p>{t("statistics.course.version", { number: stats.versionNumber })}</p>
      <section aria-labelledby="stats-figures">
        <h2 id="stats-figures">{t("statistics.figures.title")}</h2>
        <KeyFigures stats={stats} />
        <CsvDownload courseId={stats.courseId} />
      </section>
      {stats.enrolled === 0 ? (
        <p className="empty">{t("statistics.course.nobody")}</p>
      ) : (
        <>
          <section aria-labelledby="stats-funnel">
            <h2 id="stats-funnel">{t("statistics.funnel.title")}</h2>
            <LessonFunnel rows={lessons} />
            {leaversCounted && <p className="field__hint">{t("statistics.funnel.leavers")}</p>}
          </section>
          <section aria-labelledby="stats-quizzes">
            <h2 id="stats-quizzes">{t("statistics.quizzes.title")}</h2>
            {quizzes.length === 0 ? (
              <p className="empty">{t("statistics.quizzes.none")}</p>
            ) : (
              <QuizResults rows={quizzes} />
            )}
          </section>
        </>
      )}
    </>
  );
}
