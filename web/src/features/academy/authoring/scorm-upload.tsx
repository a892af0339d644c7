import type { ScormPackage } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { type ChangeEvent, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError, api, readJson } from "../../../api/client.ts";
import { uploadFile } from "../../../ui/put-file.ts";
import { describeRequestError } from "../../../ui/query-error.tsx";
import { StatusMessage } from "../../../ui/status.tsx";
import { useDraftEditor } from "./draft-editor.tsx";
import { UploadInput } from "./upload-input.tsx";

/**
 * The package of a SCORM lesson (decision 0084): upload a zip (declare → PUT with
 * progress → check), then the verdict: ready, with its title and standard, or refused
 * with the reason. Only a ready package can be the lesson's.
 */
export function ScormUpload({
  id,
  packageId,
  error,
  onChange,
}: {
  id: string;
  packageId: string;
  error?: string | undefined;
  onChange: (packageId: string) => void;
}) {
  const { t } = useTranslation();
  const { courseId } = useDraftEditor();
  const route = api.api.courses[":courseId"].draft["scorm-packages"];
  const input = useRef<HTMLInputElement>(null);
  const [upload, setUpload] = useState<{ fileName: string; percent: number } | null>(null);
  const [verdict, setVerdict] = useState<ScormPackage | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const current = useQuery({
    queryKey: ["scorm-package", courseId, packageId],
    queryFn: async ({ signal }): Promise<ScormPackage> =>
      readJson(
        await route[":packageId"].$get({ param: { courseId, packageId } }, { init: { signal } }),
      ),
    enabled: packageId !== "" && verdict?.packageId !== packageId,
  });
  const shown = problem ?? error;
  const status = verdict ?? current.data ?? null;

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    if (!file || upload) return;
    setProblem(null);
    setVerdict(null);
    setUpload({ fileName: file.name, percent: 0 });
    try {
      const { confirmed } = await uploadFile(file, {
        declare: async (json) =>
          readJson(
            await route.$post({
              param: { courseId },
              json: { ...json, contentType: "application/zip" },
            }),
          ),
        confirm: async (uploaded) =>
          readJson(
            await route[":packageId"].check.$post({ param: { courseId, packageId: uploaded } }),
          ),
        onProgress: (percent) => setUpload({ fileName: file.name, percent }),
      });
      setVerdict(confirmed);
      if (confirmed.status === "ready") onChange(confirmed.packageId);
    } catch (failure) {
      setProblem(
        failure instanceof ApiError
          ? describeRequestError(failure, t)
          : t("authoring.scorm.errors.upload"),
      );
    } finally {
      setUpload(null);
      if (input.current) input.current.value = "";
    }
  };

  const described = (pkg: ScormPackage) =>
    pkg.status === "ready"
      ? t("authoring.scorm.ready", { name: pkg.title ?? pkg.fileName, standard: pkg.standard })
      : pkg.status === "refused"
        ? t("authoring.scorm.refused", { name: pkg.fileName, reason: pkg.reason ?? "" })
        : t("authoring.scorm.checking", { name: pkg.fileName });

  return (
    <fieldset className={shown ? "field field--error group" : "field group"}>
      <legend>{t("authoring.scorm.title")}</legend>
      <p>{status ? described(status) : t("authoring.scorm.none")}</p>
      {shown && (
        <p className="field__error" role="alert">
          {shown}
        </p>
      )}
      <UploadInput
        id={id}
        label={t("authoring.scorm.choose")}
        hint={t("authoring.scorm.hint")}
        accept={".zip,application/zip"}
        inputRef={input}
        upload={upload}
        uploadingLabel={upload ? t("authoring.scorm.uploading", { name: upload.fileName }) : ""}
        onChoose={(event) => void choose(event)}
      />
      <StatusMessage>
        {upload
          ? t("authoring.scorm.uploading", { name: upload.fileName })
          : verdict
            ? described(verdict)
            : null}
      </StatusMessage>
    </fieldset>
  );
}
