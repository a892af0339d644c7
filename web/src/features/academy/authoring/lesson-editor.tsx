import { LESSON_KINDS, type LessonKind, lessonCreateSchema } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { SelectField, TextField } from "../../../ui/fields.tsx";
import { FormErrors, limitsAt } from "../../../ui/form/index.ts";
import { BusyButton } from "../../../ui/submit-button.tsx";
import { useCourseLabels } from "../catalogue/labels.ts";
import { CitationsPicker } from "./citations-picker.tsx";
import { LessonContentFields } from "./lesson-content-fields.tsx";
import { type LessonEditorMode, useLessonEditor } from "./use-lesson-editor.ts";
import type { OutlineActions } from "./use-outline-actions.ts";

/** The form of one lesson, to add it to a module or to edit it in place. */
export function LessonEditor({
  mode,
  actions,
  returnFocus,
  onClose,
}: {
  mode: LessonEditorMode;
  actions: OutlineActions;
  /** Where focus goes when the form closes without a save. */
  returnFocus: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const form = useLessonEditor(mode, actions, returnFocus, onClose);
  const { prefix, values, set, message } = form;
  const heading =
    mode.kind === "create"
      ? t("authoring.lesson.newTitle", { module: mode.moduleTitle })
      : t("authoring.lesson.editTitle", { title: mode.lesson.title });

  return (
    <form
      noValidate
      className="form form--wide lesson-editor"
      aria-labelledby={`${prefix}-heading`}
      onSubmit={(event) => void form.submit(event)}
    >
      <h4 id={`${prefix}-heading`}>{heading}</h4>
      <FormErrors form={form.form} />
      <TextField
        id={`${prefix}-title`}
        label={t("authoring.lesson.title")}
        value={values.title}
        error={message(`${prefix}-title`)}
        maxLength={limitsAt(lessonCreateSchema, "title").max}
        required
        autoFocus
        onChange={(event) => set("title", event.target.value)}
      />
      <SelectField
        id={`${prefix}-kind`}
        label={t("authoring.lesson.kind")}
        hint={t("authoring.lesson.kindHint")}
        value={values.kind}
        error={message(`${prefix}-kind`)}
        onChange={(event) => set("kind", event.target.value as LessonKind)}
      >
        {LESSON_KINDS.map((kind) => (
          <option key={kind} value={kind}>
            {labels.kind(kind)}
          </option>
        ))}
      </SelectField>
      <LessonContentFields form={form} />
      <div className="checkbox">
        <input
          type="checkbox"
          id={`${prefix}-optional`}
          checked={values.optional}
          aria-describedby={`${prefix}-optional-hint`}
          onChange={(event) => set("optional", event.target.checked)}
        />
        <label htmlFor={`${prefix}-optional`}>{t("authoring.lesson.optional")}</label>
        <p id={`${prefix}-optional-hint`} className="field__hint">
          {t("authoring.lesson.optionalHint")}
        </p>
      </div>
      <CitationsPicker
        id={`${prefix}-citations`}
        citations={values.citations}
        error={message(`${prefix}-citations`)}
        onChange={(citations) => set("citations", citations)}
      />
      <div className="actions actions--row">
        <BusyButton type="submit" busy={form.pending} busyLabel={t("authoring.lesson.saving")}>
          {mode.kind === "create" ? t("authoring.lesson.add") : t("authoring.lesson.save")}
        </BusyButton>
        <button type="button" className="button button--secondary" onClick={form.cancel}>
          {t("authoring.lesson.cancel")}
        </button>
      </div>
    </form>
  );
}
