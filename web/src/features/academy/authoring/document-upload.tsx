import { type ChangeEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, readJson } from "../../../api/client.ts";
import { refusedFileField, UPLOAD_ACCEPT, uploadFile } from "../../../ui/put-file.ts";
import { describeRequestError } from "../../../ui/query-error.tsx";
import { StatusMessage } from "../../../ui/status.tsx";
import { useDraftEditor } from "./draft-editor.tsx";
import { UploadInput } from "./upload-input.tsx";

export interface ChosenFile {
  fileName: string;
  attachmentId: string | null;
}

/**
 * The file of a document lesson: upload a new one (declare → PUT with progress →
 * confirm, after which the draft lists it), or pick one the course already holds.
 */
export function DocumentUpload({
  id,
  fileName,
  attachmentId,
  error,
  onChange,
}: {
  id: string;
  fileName: string;
  attachmentId: string | null;
  error?: string | undefined;
  onChange: (file: ChosenFile) => void;
}) {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const { courseId, draft } = editor;
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<{ fileName: string; percent: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const shown = problem ?? error;

  const explain = (failure: unknown) => {
    const refused = refusedFileField(failure);
    if (refused) return t(`authoring.document.errors.${refused}`);
    if (failure instanceof ApiError && failure.problem.code === "too-many-documents") {
      return t("authoring.document.errors.tooMany");
    }
    if (failure instanceof ApiError) return describeRequestError(failure, t);
    return t("authoring.document.errors.upload");
  };

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file || upload) return;
    setProblem(null);
    setNotice(null);
    setUpload({ fileName: file.name, percent: 0 });
    try {
      const route = api.api.courses[":courseId"].draft.documents;
      const { attachmentId: uploaded } = await uploadFile(file, {
        declare: async (json) => readJson(await route.$post({ param: { courseId }, json })),
        // The confirmation changes the draft's version: it queues with the other changes.
        confirm: (attachmentId) =>
          editor.run(async () =>
            readJson(
              await route[":attachmentId"].confirm.$post({ param: { courseId, attachmentId } }),
            ),
          ),
        onProgress: (percent) => setUpload({ fileName: file.name, percent }),
      });
      onChange({ fileName: file.name, attachmentId: uploaded });
      setNotice(t("authoring.document.uploaded", { name: file.name }));
    } catch (failure) {
      setProblem(explain(failure));
    } finally {
      setUpload(null);
      if (input.current) input.current.value = "";
    }
  };

  const known = draft.documents.filter((each) => each.attachmentId !== attachmentId);

  return (
    <fieldset className={shown ? "field field--error group" : "field group"}>
      <legend>{t("authoring.document.title")}</legend>
      <p>
        {attachmentId
          ? t("authoring.document.current", { name: fileName })
          : t("authoring.document.none")}
      </p>
      {shown && (
        <p className="field__error" role="alert">
          {shown}
        </p>
      )}
      <UploadInput
        id={id}
        label={t("authoring.document.choose")}
        hint={t("authoring.document.hint")}
        accept={UPLOAD_ACCEPT}
        inputRef={input}
        upload={upload}
        uploadingLabel={upload ? t("authoring.document.uploading", { name: upload.fileName }) : ""}
        onChoose={(event) => void choose(event)}
      />
      {known.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-existing`}>{t("authoring.document.existing")}</label>
          <select
            id={`${id}-existing`}
            value=""
            onChange={(event) => {
              const file = known.find((each) => each.attachmentId === event.target.value);
              if (file) onChange({ fileName: file.fileName, attachmentId: file.attachmentId });
            }}
          >
            <option value="">{t("authoring.document.pick")}</option>
            {known.map((each) => (
              <option key={each.attachmentId} value={each.attachmentId}>
                {each.fileName}
              </option>
            ))}
          </select>
        </div>
      )}
      <StatusMessage>
        {upload ? t("authoring.document.uploading", { name: upload.fileName }) : notice}
      </StatusMessage>
    </fieldset>
  );
}
