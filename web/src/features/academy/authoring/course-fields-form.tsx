import {
  CONTENT_LANGUAGES,
  COURSE_LEVELS,
  type ContentLanguage,
  type CourseLevel,
  THEMES,
  type Theme,
} from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { ErrorSummary } from "../../../ui/error-summary.tsx";
import { CheckboxGroup, SelectField, TextAreaField, TextField } from "../../../ui/fields.tsx";
import { StatusMessage } from "../../../ui/status.tsx";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useCourseLabels } from "../catalogue/labels.ts";
import { ObjectivesEditor } from "./objectives-editor.tsx";
import { useCourseFieldsEditor } from "./use-course-fields-editor.ts";

function toggled<T extends string>(list: readonly T[], value: T, on: boolean): T[] {
  return on ? [...list, value] : list.filter((entry) => entry !== value);
}

/** The course's own fields: what the catalogue and the course page show. */
export function CourseFieldsForm() {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const form = useCourseFieldsEditor();
  const { values, set, message } = form;
  const languages = CONTENT_LANGUAGES.map((code) => ({ code, name: labels.language(code) })).sort(
    (a, b) => a.name.localeCompare(b.name),
  );

  return (
    <section aria-labelledby="course-fields-title">
      <h2 id="course-fields-title">{t("authoring.fields.title")}</h2>
      <ErrorSummary errors={form.summary} attempt={form.attempt} />
      <form noValidate className="form form--wide" onSubmit={(event) => void form.submit(event)}>
        <TextField
          id="title"
          label={t("authoring.fields.courseTitle")}
          value={values.title}
          error={message("title")}
          maxLength={160}
          required
          onChange={(event) => set("title", event.target.value)}
        />
        <TextAreaField
          id="summary"
          label={t("authoring.fields.summary")}
          hint={t("authoring.fields.summaryHint")}
          value={values.summary}
          error={message("summary")}
          rows={3}
          onChange={(event) => set("summary", event.target.value)}
        />
        <TextAreaField
          id="description"
          label={t("authoring.fields.description")}
          hint={t("authoring.fields.markdownHint")}
          value={values.description}
          error={message("description")}
          rows={8}
          onChange={(event) => set("description", event.target.value)}
        />
        <ObjectivesEditor
          objectives={values.objectives}
          message={message}
          onChange={(objectives) => set("objectives", objectives)}
        />
        <SelectField
          id="language"
          label={t("authoring.fields.language")}
          hint={t("authoring.fields.languageHint")}
          value={values.language}
          error={message("language")}
          onChange={(event) => set("language", event.target.value as ContentLanguage)}
        >
          {languages.map(({ code, name }) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </SelectField>
        <CheckboxGroup
          id="themes"
          legend={t("authoring.fields.themes")}
          error={message("themes")}
          columns
          options={THEMES.map((value) => ({ value, label: labels.theme(value) }))}
          selected={values.themes}
          onToggle={(value, on) => set("themes", toggled(values.themes, value as Theme, on))}
        />
        <SelectField
          id="level"
          label={t("authoring.fields.level")}
          value={values.level}
          error={message("level")}
          onChange={(event) => set("level", event.target.value as CourseLevel)}
        >
          {COURSE_LEVELS.map((level) => (
            <option key={level} value={level}>
              {labels.level(level)}
            </option>
          ))}
        </SelectField>
        <TextField
          id="durationMinutes"
          label={t("authoring.fields.duration")}
          hint={t("authoring.fields.durationHint")}
          value={values.durationMinutes}
          error={message("durationMinutes")}
          inputMode="numeric"
          autoComplete="off"
          onChange={(event) => set("durationMinutes", event.target.value)}
        />
        <TextAreaField
          id="audience"
          label={t("authoring.fields.audience")}
          hint={t("authoring.fields.audienceHint")}
          value={values.audience}
          error={message("audience")}
          rows={3}
          onChange={(event) => set("audience", event.target.value)}
        />
        <TextField
          id="coverImageUrl"
          type="url"
          label={t("authoring.fields.cover")}
          hint={t("authoring.fields.coverHint")}
          value={values.coverImageUrl}
          error={message("coverImageUrl")}
          spellCheck={false}
          onChange={(event) => set("coverImageUrl", event.target.value)}
        />
        <StatusMessage>
          {form.notice ? t(`authoring.fields.notice.${form.notice}`) : undefined}
        </StatusMessage>
        <SubmitButton pending={form.pending} pendingLabel={t("authoring.fields.saving")}>
          {t("authoring.fields.save")}
        </SubmitButton>
      </form>
    </section>
  );
}
