import { VIDEO_HOSTS } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { TextAreaField, TextField } from "../../../ui/fields.tsx";
import { DocumentUpload } from "./document-upload.tsx";
import { EventPicker } from "./event-picker.tsx";
import { QuizEditor } from "./quiz-editor.tsx";
import { ScormUpload } from "./scorm-upload.tsx";
import type { LessonEditorState } from "./use-lesson-editor.ts";

const hosts = [...new Set(VIDEO_HOSTS.map((host) => host.replace(/^(www|player)\./, "")))];

/** The inputs of the lesson's kind: text, video, document, quiz or workshop. */
export function LessonContentFields({ form }: { form: LessonEditorState }) {
  const { t } = useTranslation();
  const { prefix, values, set, message } = form;

  switch (values.kind) {
    case "text":
      return (
        <TextAreaField
          id={`${prefix}-body`}
          label={t("authoring.lesson.body")}
          hint={t("authoring.fields.markdownHint")}
          value={values.body}
          error={message(`${prefix}-body`)}
          rows={12}
          onChange={(event) => set("body", event.target.value)}
        />
      );
    case "video":
      return (
        <>
          <TextField
            id={`${prefix}-url`}
            type="url"
            label={t("authoring.lesson.url")}
            hint={t("authoring.lesson.urlHint", { hosts: hosts.join(", ") })}
            value={values.url}
            error={message(`${prefix}-url`)}
            spellCheck="false"
            onChange={(event) => set("url", event.target.value)}
          />
          <TextAreaField
            id={`${prefix}-transcript`}
            label={t("authoring.lesson.transcript")}
            hint={t("authoring.lesson.transcriptHint")}
            value={values.transcript}
            error={message(`${prefix}-transcript`)}
            rows={10}
            required
            onChange={(event) => set("transcript", event.target.value)}
          />
        </>
      );
    case "document":
      return (
        <DocumentUpload
          id={`${prefix}-file`}
          fileName={values.fileName}
          attachmentId={values.attachmentId}
          error={message(`${prefix}-file`)}
          onChange={(file) =>
            form.update({ ...values, fileName: file.fileName, attachmentId: file.attachmentId })
          }
        />
      );
    case "quiz":
      return <QuizEditor form={form} />;
    case "scorm":
      return (
        <ScormUpload
          id={`${prefix}-packageId`}
          packageId={values.packageId}
          error={message(`${prefix}-packageId`)}
          onChange={(packageId) => set("packageId", packageId)}
        />
      );
    case "workshop":
      return (
        <EventPicker
          id={`${prefix}-eventId`}
          eventId={values.eventId}
          error={message(`${prefix}-eventId`)}
          onChange={(eventId) => set("eventId", eventId)}
        />
      );
  }
}
