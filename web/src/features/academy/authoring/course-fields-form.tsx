import { CONTENT_LANGUAGES, COURSE_LEVELS, THEMES } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import {
  FormCheckboxGroup,
  FormErrors,
  FormSelectField,
  FormTextAreaField,
  FormTextField,
} from "../../../ui/form/index.ts";
import { StatusMessage } from "../../../ui/status.tsx";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useCourseLabels } from "../catalogue/labels.ts";
import { ObjectivesEditor } from "./objectives-editor.tsx";
import { useCourseFieldsEditor } from "./use-course-fields-editor.ts";

/** The course's own fields: what the catalogue and the course page show. */
export function CourseFieldsForm() {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const { form, submit, notice } = useCourseFieldsEditor();
  const languages = CONTENT_LANGUAGES.map((code) => ({ code, name: labels.language(code) })).sort(
    (a, b) => a.name.localeCompare(b.name),
  );

  return (
    <section aria-labelledby="course-fields-title">
      <h2 id="course-fields-title">{t("authoring.fields.title")}</h2>
      <FormErrors form={form} />
      <form noValidate className="form form--wide" onSubmit={(event) => void submit(event)}>
        <FormTextField form={form} name="title" label={t("authoring.fields.courseTitle")} />
        <FormTextAreaField
          form={form}
          name="summary"
          label={t("authoring.fields.summary")}
          hint={t("authoring.fields.summaryHint")}
          rows={3}
        />
        <FormTextAreaField
          form={form}
          name="description"
          label={t("authoring.fields.description")}
          hint={t("authoring.fields.markdownHint")}
          rows={8}
        />
        <ObjectivesEditor form={form} />
        <FormSelectField
          form={form}
          name="language"
          label={t("authoring.fields.language")}
          hint={t("authoring.fields.languageHint")}
        >
          {languages.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </FormSelectField>
        <FormCheckboxGroup
          form={form}
          name="themes"
          legend={t("authoring.fields.themes")}
          columns
          options={THEMES.map((value) => ({ value, label: labels.theme(value) }))}
        />
        <FormSelectField form={form} name="level" label={t("authoring.fields.level")}>
          {COURSE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {labels.level(level)}
            </option>
          ))}
        </FormSelectField>
        <FormTextField
          form={form}
          name="durationMinutes"
          label={t("authoring.fields.duration")}
          hint={t("authoring.fields.durationHint")}
          inputMode="numeric"
          autoComplete="off"
        />
        <FormTextAreaField
          form={form}
          name="audience"
          label={t("authoring.fields.audience")}
          hint={t("authoring.fields.audienceHint")}
          rows={3}
        />
        <FormTextField
          form={form}
          name="coverImageUrl"
          type="url"
          label={t("authoring.fields.cover")}
          hint={t("authoring.fields.coverHint")}
          spellCheck="false"
        />
        <StatusMessage>{notice ? t(`authoring.fields.notice.${notice}`) : undefined}</StatusMessage>
        <SubmitButton
          pending={form.formState.isSubmitting}
          pendingLabel={t("authoring.fields.saving")}
        >
          {t("authoring.fields.save")}
        </SubmitButton>
      </form>
    </section>
  );
}
