import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { Page } from "../../../ui/page.tsx";
import { QueryFallback } from "../../../ui/status.tsx";
import { CourseFigures } from "./course-figures.tsx";
import { statisticsQueries } from "./queries.ts";

/** `/teach/courses/:courseId/stats`: a course's figures, for its trainers and administrators. */
function CourseStatsPage() {
  const { t } = useTranslation();
  const { courseId = "" } = useParams();
  const stats = useQuery(statisticsQueries.course(courseId));
  const status = stats.error instanceof ApiError ? stats.error.status : null;

  if (status === 403 || status === 404 || status === 400) {
    const forbidden = status === 403;
    return (
      <Page
        title={
          forbidden ? t("statistics.course.forbiddenTitle") : t("statistics.course.notFoundTitle")
        }
      >
        <p>{forbidden ? t("statistics.course.forbidden") : t("statistics.course.notFound")}</p>
        <p>
          <Link to="/teach">{t("statistics.course.myCourses")}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page
      title={
        stats.data
          ? t("statistics.course.title", { title: stats.data.title })
          : t("statistics.course.loadingTitle")
      }
    >
      <p>
        <Link to={`/teach/courses/${courseId}`}>{t("statistics.course.back")}</Link>
      </p>
      {stats.data ? (
        <CourseFigures stats={stats.data} />
      ) : (
        <QueryFallback query={stats} label={t("statistics.course.loading")} />
      )}
    </Page>
  );
}

export { CourseStatsPage as Component };
