import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { Page } from "../../../ui/page.tsx";
import { QueryFallback } from "../../../ui/status.tsx";
import { CourseView } from "../catalogue/course-view.tsx";
import { previewOf } from "./learner-view.ts";
import { authoringQueries } from "./queries.ts";

/**
 * `/teach/courses/:courseId/preview`: the draft as its learners would see it once
 * published, lessons included, without quiz answers or feedback.
 */
function PreviewPage() {
  const { t } = useTranslation();
  const { courseId = "" } = useParams();
  // Always the latest saved draft, whatever the editor's cache holds.
  const draft = useQuery({ ...authoringQueries.draft(courseId), staleTime: 0 });
  const refused = draft.error instanceof ApiError && [400, 403, 404].includes(draft.error.status);

  return (
    <Page
      title={
        draft.data
          ? t("authoring.preview.title", { title: draft.data.title })
          : t("authoring.preview.loadingTitle")
      }
    >
      <div className="notice notice--warning">
        <p>
          <strong>{t("authoring.preview.banner")}</strong> {t("authoring.preview.explain")}
        </p>
        <p>
          <Link to={`/teach/courses/${courseId}`}>{t("authoring.preview.back")}</Link>
        </p>
      </div>
      {draft.data ? (
        <CourseView course={previewOf(draft.data)} showLessons />
      ) : refused ? (
        <div className="notice notice--error" role="alert">
          <p>{t("authoring.refused.notFound")}</p>
        </div>
      ) : (
        <QueryFallback query={draft} label={t("authoring.editor.loading")} />
      )}
    </Page>
  );
}

export { PreviewPage as Component };
