import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client.ts";
import { Page } from "../../../ui/page.tsx";
import { QueryFallback } from "../../../ui/status.tsx";
import { CourseEditor } from "./course-editor.tsx";
import { DraftEditorProvider } from "./draft-editor.tsx";
import { authoringQueries } from "./queries.ts";

/** `/teach/courses/:courseId`: a course's trainers edit its draft, outline and publication. */
function CourseEditorPage() {
  const { t } = useTranslation();
  const { courseId = "" } = useParams();
  // Fresh on opening (a draft cached earlier in the visit may be stale), then only
  // through this page's own changes: see authoringQueries.draft.
  const draft = useQuery({ ...authoringQueries.draft(courseId), refetchOnMount: "always" });
  const refused = draft.error instanceof ApiError ? draft.error : null;

  // Not theirs: a published course of other trainers is 403, anything else 404 (or 400).
  if (refused && [400, 403, 404].includes(refused.status)) {
    const published = refused.problem.code === "not-your-course";
    return (
      <Page title={t("authoring.refused.title")}>
        <div className="notice notice--error" role="alert">
          <p>
            {refused.status === 403
              ? published
                ? t("authoring.refused.notYours")
                : t("authoring.refused.notTrainer")
              : t("authoring.refused.notFound")}
          </p>
        </div>
        <ul className="links">
          {published && (
            <li>
              <Link to={`/courses/${courseId}`}>{t("authoring.refused.coursePage")}</Link>
            </li>
          )}
          <li>
            <Link to="/teach">{t("authoring.refused.myCourses")}</Link>
          </li>
        </ul>
      </Page>
    );
  }

  return (
    <Page
      title={
        draft.data
          ? t("authoring.editor.title", { title: draft.data.title })
          : t("authoring.editor.loadingTitle")
      }
    >
      {draft.data ? (
        <DraftEditorProvider courseId={courseId}>
          <CourseEditor />
        </DraftEditorProvider>
      ) : (
        <QueryFallback query={draft} label={t("authoring.editor.loading")} />
      )}
    </Page>
  );
}

export { CourseEditorPage as Component };
