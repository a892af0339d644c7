import { type EventView, materialUploadRequestSchema } from "@alliance/core/web";
import { useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import { FormErrors, FormTextField, limitsAt, useSchemaForm } from "../../ui/form/index.ts";
import { refusedFileField, UPLOAD_ACCEPT } from "../../ui/put-file.ts";
import { isRetryable } from "../../ui/query-error.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { SubmitButton } from "../../ui/submit-button.tsx";
import { addMaterial, eventKeys } from "./queries.ts";

/** The title as the API checks it, and one chosen file (the server checks the file itself). */
const materialFormSchema = materialUploadRequestSchema.pick({ title: true }).extend({
  file: z.custom<FileList>((value) => value instanceof FileList && value.length === 1),
});
type Values = { title: string; file: FileList | null };

const titleLimits = limitsAt(materialFormSchema, "title");

/** Which field the API named in a refusal: the file's declaration, or its title. */
const FIELDS: Record<string, "file" | "title"> = {
  fileName: "file",
  contentType: "file",
  size: "file",
  title: "title",
};

/**
 * An organiser adds a material: a title and a file, uploaded through the checked
 * pipeline (declare → PUT with progress → confirm). The event's cache takes the
 * answer, so its version stays in step for the next change.
 */
export function MaterialForm({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [progress, setProgress] = useState<{ name: string; percent: number } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [retryable, setRetryable] = useState(false);
  const form = useSchemaForm<Values, z.infer<typeof materialFormSchema>>(
    materialFormSchema,
    { title: "", file: null },
    {
      idOf: (field) => `${id}-${field}`,
      messageOf: (field) =>
        field === "file"
          ? { key: "events.materials.errors.noFile" }
          : {
              key: "events.materials.errors.title",
              values: { min: titleLimits.min ?? 0, max: titleLimits.max ?? 0 },
            },
    },
  );

  const submit = form.onSubmit(
    async ({ title, file }) => {
      const chosen = file[0];
      if (!chosen) return;
      setRetryable(false);
      setNotice(null);
      setProgress({ name: chosen.name, percent: 0 });
      try {
        const next = await addMaterial(event.eventId, title, chosen, (percent) =>
          setProgress({ name: chosen.name, percent }),
        );
        queryClient.setQueryData(eventKeys.one(event.eventId), next);
        form.reset({ title: "", file: null });
        setNotice(t("events.materials.added", { title }));
      } catch (error) {
        const refused = refusedFileField(error);
        if (refused) {
          form.setError("file", {
            type: "key",
            message: `events.materials.errors.${refused}`,
          });
          document.getElementById(`${id}-file`)?.focus();
          return;
        }
        setRetryable(isRetryable(error));
        throw error;
      } finally {
        setProgress(null);
      }
    },
    {
      fieldOf: (path) => FIELDS[path] ?? null,
      refusals: {
        "too-many-materials": { key: "events.materials.errors.tooMany" },
        "too-many-pending-uploads": { key: "events.materials.errors.pending" },
        "upload-missing": { key: "events.materials.errors.upload" },
      },
    },
  );

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t("events.materials.add.title")}</h3>
      <FormErrors form={form} />
      {retryable && (
        <p className="actions">
          <button
            type="button"
            className="button button--secondary"
            onClick={() => formRef.current?.requestSubmit()}
          >
            {t("actions.retry")}
          </button>
        </p>
      )}
      <form ref={formRef} noValidate className="form" onSubmit={(e) => void submit(e)}>
        <FormTextField
          form={form}
          name="title"
          label={t("events.materials.add.titleLabel")}
          hint={t("events.materials.add.titleHint")}
        />
        <FormTextField
          form={form}
          name="file"
          type="file"
          accept={UPLOAD_ACCEPT}
          label={t("events.materials.add.file")}
          hint={t("events.materials.add.fileHint")}
        />
        {progress && (
          <p>
            <label htmlFor={`${id}-progress`}>
              {t("events.materials.add.uploading", { name: progress.name })}
            </label>{" "}
            <progress id={`${id}-progress`} max={100} value={progress.percent}>
              {progress.percent}%
            </progress>
          </p>
        )}
        <SubmitButton
          pending={form.formState.isSubmitting}
          pendingLabel={t("events.materials.add.pending")}
        >
          {t("events.materials.add.submit")}
        </SubmitButton>
      </form>
      <StatusMessage>{notice}</StatusMessage>
    </section>
  );
}
