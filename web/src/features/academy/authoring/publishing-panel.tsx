import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { problemOf } from "../../../api/problem.ts";
import { describeRequestError } from "../../../ui/query-error.tsx";
import { StatusMessage } from "../../../ui/status.tsx";
import { BusyButton } from "../../../ui/submit-button.tsx";
import { exchangeKeys } from "../../exchange/index.ts";
import { courseKeys } from "../catalogue/queries.ts";
import { useDraftEditor } from "./draft-editor.tsx";
import { authoringKeys } from "./queries.ts";

type Action = "publish" | "unpublish" | "archive";

/** The course's status and what a trainer can do with it: publish, unpublish, archive. */
export function PublishingPanel() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const editor = useDraftEditor();
  const { draft } = editor;
  const [pending, setPending] = useState<Action | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // What the API allows now (CourseDraft.actions), not a rule of our own.
  const { actions } = draft;

  const explain = (error: unknown) => {
    const code = problemOf(error).code;
    if (code === "empty-course") return t("authoring.publishing.empty");
    if (code === "invalid-status") return t("authoring.publishing.wrongStatus");
    return describeRequestError(error, t);
  };

  const run = async (action: Action) => {
    if (pending) return;
    if (action === "archive" && !window.confirm(t("authoring.publishing.archiveConfirm"))) return;
    setNotice(null);
    setProblem(null);
    setPending(action);
    try {
      const saved = await editor.run(editor.changes.transition(action));
      void queryClient.invalidateQueries({ queryKey: authoringKeys.versions(draft.courseId) });
      void queryClient.invalidateQueries({ queryKey: courseKeys.all });
      void queryClient.invalidateQueries({ queryKey: exchangeKeys.citations() });
      setNotice(t(`authoring.publishing.done.${action}`, { number: saved.publishedVersion ?? 0 }));
    } catch (error) {
      if (!problemOf(error).stale) setProblem(explain(error));
    } finally {
      setPending(null);
    }
  };

  const button = (action: Action, primary: boolean) => (
    <BusyButton
      variant={primary ? "primary" : "secondary"}
      busy={pending === action}
      blocked={pending !== null}
      onClick={() => void run(action)}
    >
      {action === "publish" && draft.publishedVersion
        ? t("authoring.publishing.republish")
        : t(`authoring.publishing.actions.${action}`)}
    </BusyButton>
  );

  return (
    <section aria-labelledby="publishing-title" className="manage">
      <h2 id="publishing-title">{t("authoring.publishing.title")}</h2>
      <p>
        {t("authoring.publishing.status", { status: t(`authoring.statuses.${draft.status}`) })}{" "}
        {draft.publishedVersion
          ? t("authoring.publishing.latest", { number: draft.publishedVersion })
          : t("authoring.publishing.never")}
      </p>
      <p className="field__hint">{t(`authoring.publishing.help.${draft.status}`)}</p>
      <StatusMessage>{notice ?? undefined}</StatusMessage>
      {problem && (
        <div className="notice notice--error" role="alert">
          <p>{problem}</p>
        </div>
      )}
      <div className="actions actions--row">
        <Link className="button button--secondary" to={`/teach/courses/${draft.courseId}/preview`}>
          {t("authoring.publishing.preview")}
        </Link>
        {actions.publish && button("publish", true)}
        {actions.unpublish && button("unpublish", false)}
        {actions.archive && button("archive", false)}
        {draft.status === "published" && (
          <Link to={`/courses/${draft.courseId}`}>{t("authoring.publishing.coursePage")}</Link>
        )}
        {actions.statistics && draft.publishedVersion !== null && (
          <Link to={`/teach/courses/${draft.courseId}/stats`}>{t("statistics.links.editor")}</Link>
        )}
        <span role="status" className="visually-hidden">
          {pending ? t("authoring.publishing.working") : ""}
        </span>
      </div>
    </section>
  );
}
