import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Page } from "../../../ui/page.tsx";
import { QueryFallback } from "../../../ui/status.tsx";
import { useRoles } from "../../auth/index.ts";
import { CourseTable } from "./course-table.tsx";
import { authoringQueries } from "./queries.ts";
import { StartCourseForm } from "./start-course-form.tsx";

/** `/teach`: the courses a trainer authors (every course, for an administrator). */
function MyCoursesPage() {
  const { t } = useTranslation();
  // Roles from the session: the page neither waits for nor depends on /api/me.
  const { signedIn, isAdmin, isTrainer } = useRoles();
  const allowed = isAdmin || isTrainer;
  const courses = useQuery({ ...authoringQueries.mine(), enabled: allowed });

  if (signedIn && !allowed) {
    return (
      <Page title={t("authoring.mine.title")}>
        <div className="notice notice--error" role="alert">
          <p>{t("authoring.mine.notTrainer")}</p>
        </div>
      </Page>
    );
  }

  return (
    <Page title={t("authoring.mine.title")}>
      <p>{isAdmin ? t("authoring.mine.introAdmin") : t("authoring.mine.intro")}</p>
      <StartCourseForm />
      <section aria-labelledby="my-courses-list">
        <h2 id="my-courses-list">{t("authoring.mine.listTitle")}</h2>
        {courses.data ? (
          courses.data.length === 0 ? (
            <p className="empty">{t("authoring.mine.empty")}</p>
          ) : (
            <CourseTable courses={courses.data} />
          )
        ) : (
          <QueryFallback query={courses} label={t("authoring.mine.loading")} />
        )}
      </section>
    </Page>
  );
}

export { MyCoursesPage as Component };
