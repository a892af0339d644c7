import { type MouseEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { api, readJson } from "../../../api/client.ts";

/**
 * A lesson's document. The link is asked for with the person's token first (a
 * plain browser link carries none, and a draft's files are for its trainers),
 * then followed; the href stays a real address, which the API redirects.
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
  const [failed, setFailed] = useState(false);
  const href = `/api/courses/${encodeURIComponent(courseId)}/documents/${encodeURIComponent(attachmentId)}`;

  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    setFailed(false);
    api.api.courses[":courseId"].documents[":attachmentId"]
      .$get({ param: { courseId, attachmentId }, query: { as: "link" } })
      .then((response) => readJson(response))
      .then((link) => {
        const url = (link as { url?: unknown } | null)?.url;
        if (typeof url === "string") window.location.assign(url);
        else setFailed(true);
      })
      .catch(() => setFailed(true));
  };

  return (
    <>
      <a href={href} download={fileName || undefined} onClick={onClick}>
        {t("courses.lesson.download", { name: fileName || t("courses.lesson.document") })}
      </a>
      {failed && (
        <span role="alert" className="field__error">
          {" "}
          {t("courses.lesson.downloadFailed")}
        </span>
      )}
    </>
  );
}
