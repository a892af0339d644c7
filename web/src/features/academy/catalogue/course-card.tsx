import type { CourseSummary } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCourseLabels } from "./labels.ts";

/**
 * One course in a list: title link, facts, summary, themes and trainers. The title's
 * heading is one level below the list's (h3 under the catalogue's "Results").
 */
export function CourseCard({
  course,
  headingLevel = 2,
}: {
  course: CourseSummary;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const duration = labels.duration(course.durationMinutes);
  const facts = [
    t("courses.card.level", { level: labels.level(course.level) }),
    t("courses.card.language", { language: labels.language(course.language) }),
    duration ? t("courses.card.duration", { duration }) : null,
    t("courses.card.lessons", { count: course.lessonCount }),
  ].filter(Boolean);
  return (
    <li className="card course-card">
      <Heading lang={course.language}>
        <Link to={`/courses/${course.courseId}`}>{course.title}</Link>
      </Heading>
      <p className="card__meta">{facts.join(" · ")}</p>
      {course.summary && <p lang={course.language}>{course.summary}</p>}
      {course.themes.length > 0 && (
        <ul className="tags" aria-label={t("courses.details.themes")}>
          {course.themes.map((theme) => (
            <li key={theme} className="tag">
              {labels.theme(theme)}
            </li>
          ))}
        </ul>
      )}
      {course.trainers.length > 0 && (
        <p className="card__meta">
          {t("courses.card.trainers", { names: labels.people(course.trainers) })}
        </p>
      )}
    </li>
  );
}
