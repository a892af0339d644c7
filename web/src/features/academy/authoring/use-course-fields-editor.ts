import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeRequestError } from "../../../ui/query-error.tsx";
import { useEditorFeedback } from "../../../ui/use-editor-feedback.ts";
import {
  type CourseFormValues,
  courseErrorOf,
  courseFieldId,
  courseFieldRank,
  courseFieldsOf,
  coursePatchOf,
  courseValuesOf,
  rebaseCourseValues,
  validateCourse,
} from "./course-form-values.ts";
import { useDraftEditor, useUnsavedChanges } from "./draft-editor.tsx";
import { fieldErrorsOf, isStale, problemCode, rejectedFields } from "./problem-fields.ts";

export type FieldsNotice = "saved" | "unchanged" | null;

/**
 * State of the course's fields form. It starts from the draft (`base`) and saves
 * only what differs from it. When the draft changes under it (a reload after a
 * 412, or another section's save), what the person typed here stays.
 */
export function useCourseFieldsEditor() {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const { draft } = editor;
  const [form, setForm] = useState(() => ({
    base: courseValuesOf(draft),
    values: courseValuesOf(draft),
    version: draft.version,
  }));
  const [notice, setNotice] = useState<FieldsNotice>(null);
  const [pending, setPending] = useState(false);
  const feedback = useEditorFeedback<string>();
  const { errors, setErrors, fail } = feedback;

  if (form.version !== draft.version) {
    const latest = courseValuesOf(draft);
    setForm({
      base: latest,
      values: rebaseCourseValues(form.base, form.values, latest),
      version: draft.version,
    });
  }
  const { values } = form;
  const patch = coursePatchOf(courseFieldsOf(form.base), values);
  useUnsavedChanges("course-fields", Object.keys(patch).length > 0);

  const set = <K extends keyof CourseFormValues>(field: K, value: CourseFormValues[K]) => {
    const next = { ...values, [field]: value };
    setForm((current) => ({ ...current, values: next }));
    setNotice(null);
    // Once inputs have shown errors, re-check them as the person corrects them.
    if (Object.keys(errors).length > 0) {
      const now = validateCourse(next);
      setErrors((current) =>
        Object.fromEntries(Object.keys(current).flatMap((id) => (now[id] ? [[id, now[id]]] : []))),
      );
    }
  };

  const explain = (error: unknown) => {
    if (isStale(error)) return;
    const paths = rejectedFields(error);
    if (paths) {
      const rows = values.objectives;
      return fail(
        fieldErrorsOf(paths, (path) => courseFieldId(path, rows), courseErrorOf),
        null,
      );
    }
    if (problemCode(error) === "invalid-status") return fail({}, t("authoring.errors.archived"));
    fail({}, describeRequestError(error, t));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending || editor.reloading) return;
    setNotice(null);
    const invalid = validateCourse(values);
    if (Object.keys(invalid).length > 0) return fail(invalid, null);
    feedback.clearErrors();
    if (Object.keys(patch).length === 0) return setNotice("unchanged");
    setPending(true);
    try {
      const saved = await editor.run(editor.changes.updateFields(patch));
      const latest = courseValuesOf(saved);
      setForm({ base: latest, values: latest, version: saved.version });
      setNotice("saved");
    } catch (error) {
      explain(error);
    } finally {
      setPending(false);
    }
  };

  return {
    values,
    set,
    submit,
    pending,
    notice,
    message: feedback.message,
    summary: feedback.summary(
      Object.keys(errors).sort((a, b) => courseFieldRank(a) - courseFieldRank(b)),
    ),
    attempt: feedback.attempt,
  };
}
