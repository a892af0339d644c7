import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ConflictNotice } from "../../../ui/conflict-notice.tsx";
import { describeRequestError } from "../../../ui/query-error.tsx";
import { StatusMessage } from "../../../ui/status.tsx";
import { CourseFieldsForm } from "./course-fields-form.tsx";
import { isCourseStarted } from "./course-started.ts";
import { useDraftEditor } from "./draft-editor.tsx";
import { OutlineEditor } from "./outline-editor.tsx";
import { PublishingPanel } from "./publishing-panel.tsx";
import { TrainersPanel } from "./trainers-panel.tsx";
import { VersionHistory } from "./version-history.tsx";

/** Everything a trainer does with one draft, section by section. */
export function CourseEditor() {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const { draft } = editor;
  const { state } = useLocation();
  const archived = !draft.actions.edit;
  const [welcome, setWelcome] = useState(false);

  // Set after the first render, so the live region exists before the message.
  useEffect(() => setWelcome(isCourseStarted(state)), [state]);

  return (
    <>
      <p>
        <Link to="/teach">{t("authoring.editor.back")}</Link>
      </p>
      <StatusMessage tone={editor.waitingForNetwork ? "info" : "success"}>
        {editor.waitingForNetwork
          ? t("authoring.editor.offline")
          : welcome
            ? t("authoring.editor.started")
            : undefined}
      </StatusMessage>
      {editor.conflict && (
        <ConflictNotice
          title={t("authoring.conflict.title")}
          body={t("authoring.conflict.body")}
          reloadLabel={t("authoring.conflict.reload")}
          reloadingLabel={t("authoring.conflict.reloading")}
          reloading={editor.reloading}
          onReload={() => void editor.reload()}
        />
      )}
      {editor.reloadError !== null && (
        <div className="notice notice--error" role="alert">
          <p>{describeRequestError(editor.reloadError, t)}</p>
        </div>
      )}
      <PublishingPanel />
      {archived ? (
        <p className="notice notice--warning">{t("authoring.editor.archived")}</p>
      ) : (
        <>
          <CourseFieldsForm />
          <OutlineEditor />
        </>
      )}
      <VersionHistory />
      <TrainersPanel />
    </>
  );
}
