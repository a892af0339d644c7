import type { CoursePage as CoursePageData } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import type { ComponentType } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { HydrationSlice } from "../../../ui/hydration-slices.tsx";
import { Page } from "../../../ui/page.tsx";
import { describe, type PublicPage, queryErrorStatus } from "../../../ui/page-head.ts";
import { QueryFallback } from "../../../ui/status.tsx";
import { Discussion, prefetchDiscussion } from "../../discussions/index.ts";
import { CourseView } from "./course-view.tsx";
import { courseQueries } from "./queries.ts";

/** What a course's page shows above its outline: enrolment, from the learning feature. */
export type EnrolmentSlot = ComponentType<{ courseId: string; lang: string }>;

/**
 * A course's public page: enrolment, what it covers and its outline, lesson titles only.
 * app/ fills `Enrolment` (learning builds on the academy, so the academy cannot import it).
 */
export function CoursePage({ Enrolment }: { Enrolment: EnrolmentSlot }) {
  const { t } = useTranslation();
  const { courseId = "" } = useParams();
  const course = useQuery(courseQueries.course(courseId));
  // A malformed id answers 400: for the visitor it is the same missing course.
  const missing =
    course.error instanceof ApiError &&
    (course.error.status === 404 || course.error.status === 400);

  if (missing) {
    return (
      <Page title={t("courses.course.notFoundTitle")}>
        <p>{t("courses.course.notFound")}</p>
        <p>
          <Link to="/courses">{t("courses.course.browse")}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={course.data?.title ?? t("courses.course.title")} lang={course.data?.language}>
      {course.data ? (
        <>
          <AuthorLinks course={course.data} />
          <HydrationSlice>
            <Enrolment courseId={course.data.courseId} lang={course.data.language} />
          </HydrationSlice>
          <CourseView course={course.data} />
          <HydrationSlice>
            <Discussion subject={`course:${course.data.courseId}`} />
          </HydrationSlice>
        </>
      ) : (
        <QueryFallback query={course} label={t("courses.course.loading")} />
      )}
    </Page>
  );
}

/** The course's authors go from here to its editor and its figures, as the API allows. */
function AuthorLinks({ course }: { course: CoursePageData }) {
  const { t } = useTranslation();
  const { edit, statistics } = course.actions;
  if (!edit && !statistics) return null;
  return (
    <p className="actions actions--row">
      {edit && <Link to={`/teach/courses/${course.courseId}`}>{t("courses.course.edit")}</Link>}
      {statistics && (
        <Link to={`/teach/courses/${course.courseId}/stats`}>{t("statistics.links.editor")}</Link>
      )}
    </p>
  );
}

/** The course page's data and head, for the route that shows it (app/course-page.tsx). */
export const coursePageHandle: PublicPage = {
  // With its discussion's counts, in the first HTML: nothing asked while the page starts.
  prefetch: ({ params, queryClient }) => {
    const courseId = params.courseId ?? "";
    return Promise.all([
      queryClient.prefetchQuery(courseQueries.course(courseId)),
      prefetchDiscussion(queryClient, `course:${courseId}`),
    ]);
  },
  head: ({ params, queryClient, t }) => {
    const { queryKey } = courseQueries.course(params.courseId ?? "");
    const course = queryClient.getQueryData(queryKey);
    if (course) {
      return { title: course.title, description: describe(course.summary), type: "article" };
    }
    const status = queryErrorStatus(queryClient, queryKey);
    if (status === 404 || status === 400) {
      const description = describe(t("courses.course.notFound"));
      return { title: t("courses.course.notFoundTitle"), description, status: 404 };
    }
    return {
      title: t("courses.course.title"),
      description: describe(t("courses.catalogue.intro")),
    };
  },
};
