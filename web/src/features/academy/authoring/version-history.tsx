import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { QueryFallback } from "../../../ui/status.tsx";
import { useCourseLabels } from "../catalogue/labels.ts";
import { useDraftEditor } from "./draft-editor.tsx";
import { authoringQueries } from "./queries.ts";

/** Every published version, newest first: its number, title, date and who published it. */
export function VersionHistory() {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const { courseId } = useDraftEditor();
  const versions = useQuery(authoringQueries.versions(courseId));

  return (
    <section aria-labelledby="versions-title">
      <h2 id="versions-title">{t("authoring.versions.title")}</h2>
      {versions.data ? (
        versions.data.length === 0 ? (
          <p className="empty">{t("authoring.versions.none")}</p>
        ) : (
          <table className="versions stacked-table">
            <caption className="visually-hidden">{t("authoring.versions.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("authoring.versions.version")}</th>
                <th scope="col">{t("authoring.versions.courseTitle")}</th>
                <th scope="col">{t("authoring.versions.publishedAt")}</th>
                <th scope="col">{t("authoring.versions.publishedBy")}</th>
              </tr>
            </thead>
            <tbody>
              {versions.data.map((entry) => (
                <tr key={entry.versionNumber}>
                  <th scope="row">
                    {t("authoring.versions.number", { number: entry.versionNumber })}
                  </th>
                  <td data-label={t("authoring.versions.courseTitle")}>{entry.title}</td>
                  <td data-label={t("authoring.versions.publishedAt")}>
                    <time dateTime={entry.publishedAt}>{labels.date(entry.publishedAt)}</time>
                  </td>
                  <td data-label={t("authoring.versions.publishedBy")}>{entry.publishedByName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )
      ) : (
        <QueryFallback query={versions} label={t("authoring.versions.loading")} />
      )}
    </section>
  );
}
