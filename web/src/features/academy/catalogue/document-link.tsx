import { useTranslation } from "react-i18next";
import { api } from "../../../api/client.ts";
import { FileLink } from "../../../ui/file-link.tsx";

/**
 * A lesson's document, fetched with the person's token (a draft's files are
 * for its trainers).
 */
export function DocumentLink({
  courseId,
  attachmentId,
  fileName,
}: {
  courseId: string;
  attachmentId: string;
  fileName: string;
}) {
  const { t } = useTranslation();
  return (
    <FileLink
      href={`/api/courses/${encodeURIComponent(courseId)}/documents/${encodeURIComponent(attachmentId)}`}
      download={fileName || undefined}
      requestLink={() =>
        api.api.courses[":courseId"].documents[":attachmentId"].$get({
          param: { courseId, attachmentId },
          query: { as: "link" },
        })
      }
      failedText={t("courses.lesson.downloadFailed")}
    >
      {t("courses.lesson.download", { name: fileName || t("courses.lesson.document") })}
    </FileLink>
  );
}
