import type { LessonPage } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { findLesson } from "./lesson-place.ts";

/** The previous and next lessons; after the last, the way to the certificate or the course. */
export function LessonNav({ page }: { page: LessonPage }) {
  const { t } = useTranslation();
  const { courseId, progress } = page;
  const lang = progress.language;
  const previous = findLesson(progress, page.previousLessonId);
  const next = findLesson(progress, page.nextLessonId);
  const to = (lessonId: string) => `/learning/${courseId}/lessons/${lessonId}`;
  return (
    <nav aria-label={t("learning.lesson.nav")} className="lesson-nav">
      <ul>
        {previous && (
          <li className="lesson-nav__previous">
            <Link to={to(previous.lessonId)} rel="prev">
              {t("learning.lesson.previous")} <span lang={lang}>{previous.title}</span>
            </Link>
          </li>
        )}
        {next ? (
          <li className="lesson-nav__next">
            <Link to={to(next.lessonId)} rel="next">
              {t("learning.lesson.next")} <span lang={lang}>{next.title}</span>
            </Link>
          </li>
        ) : progress.status === "completed" ? (
          <li className="lesson-nav__next">
            <Link to="/learning">{t("learning.lesson.toCertificate")}</Link>
          </li>
        ) : (
          <li className="lesson-nav__next">
            <Link to={`/courses/${courseId}`}>{t("learning.lesson.toCourse")}</Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
