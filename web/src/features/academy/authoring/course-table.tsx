import type { CourseDraftSummary } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useCourseLabels } from "../catalogue/labels.ts";

/**
 * A trainer's courses: title (to the editor), status, published version, last change.
 * On a narrow screen each row stacks, each cell under its column's name (data-label),
 * so the page never scrolls sideways.
 */
export function CourseTable({ courses }: { courses: readonly CourseDraftSummary[] }) {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  return (
    <table className="versions stacked-table">
      <caption className="visually-hidden">{t("authoring.mine.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("authoring.mine.course")}</th>
          <th scope="col">{t("authoring.mine.status")}</th>
          <th scope="col">{t("authoring.mine.published")}</th>
          <th scope="col">{t("authoring.mine.updated")}</th>
          <th scope="col">{t("authoring.mine.trainers")}</th>
          <th scope="col">{t("statistics.links.column")}</th>
        </tr>
      </thead>
      <tbody>
        {courses.map((course) => (
          <tr key={course.courseId}>
            <th scope="row">
              <Link to={`/teach/courses/${course.courseId}`}>{course.title}</Link>
            </th>
            <td data-label={t("authoring.mine.status")}>
              <span className={`badge badge--status-${course.status}`}>
                {t(`authoring.statuses.${course.status}`)}
              </span>
            </td>
            <td data-label={t("authoring.mine.published")}>
              {course.publishedVersion
                ? t("authoring.versions.number", { number: course.publishedVersion })
                : t("authoring.mine.notPublished")}
            </td>
            <td data-label={t("authoring.mine.updated")}>
              <time dateTime={course.updatedAt}>{labels.date(course.updatedAt)}</time>
            </td>
            <td data-label={t("authoring.mine.trainers")}>{labels.people(course.trainers)}</td>
            <td>
              {course.publishedVersion !== null && (
                <Link to={`/teach/courses/${course.courseId}/stats`}>
                  {t("statistics.links.row")}
                  <span className="visually-hidden">
                    {t("statistics.links.rowContext", { title: course.title })}
                  </span>
                </Link>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
