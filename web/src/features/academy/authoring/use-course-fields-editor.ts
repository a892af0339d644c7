import { courseFieldsSchema } from "@alliance/core/web";
import { useEffect, useState } from "react";
import { useOnEdit, useSchemaForm } from "../../../ui/form/index.ts";
import {
  COURSE_CHECKS,
  courseErrorOf,
  courseFieldsOf,
  coursePatchOf,
  courseValuesOf,
  rebaseCourseValues,
} from "./course-form-values.ts";
import { useDraftEditor, useUnsavedChanges } from "./draft-editor.tsx";

export type FieldsNotice = "saved" | "unchanged" | null;

/**
 * State of the course's fields form. It starts from the draft (`base`) and saves
 * only what differs from it. When the draft changes under it (a reload after a
 * 412, or another section's save), what the person typed here stays.
 */
export function useCourseFieldsEditor() {
  const editor = useDraftEditor();
  const { draft } = editor;
  const [base, setBase] = useState(() => ({
    values: courseValuesOf(draft),
    version: draft.version,
  }));
  const [notice, setNotice] = useState<FieldsNotice>(null);
  const form = useSchemaForm(courseFieldsSchema, base.values, COURSE_CHECKS);
  const values = form.watch();
  const patch = coursePatchOf(courseFieldsOf(base.values), values);
  useUnsavedChanges("course-fields", Object.keys(patch).length > 0);

  useEffect(() => {
    if (base.version === draft.version) return;
    const latest = courseValuesOf(draft);
    form.reset(rebaseCourseValues(base.values, form.getValues(), latest), {
      keepErrors: true,
      keepSubmitCount: true,
    });
    setBase({ values: latest, version: draft.version });
  }, [draft, base, form.reset, form.getValues]);

  useOnEdit(form, () => setNotice(null));

  const submit = form.onSubmit(
    async (_checked, typed) => {
      setNotice(null);
      const changes = coursePatchOf(courseFieldsOf(base.values), typed);
      if (Object.keys(changes).length === 0) return setNotice("unchanged");
      const saved = await editor.run(editor.changes.updateFields(changes));
      const latest = courseValuesOf(saved);
      setBase({ values: latest, version: saved.version });
      form.reset(latest);
      setNotice("saved");
    },
    {
      rejected: (field) => courseErrorOf(field),
      refusals: { "invalid-status": { key: "authoring.errors.archived" } },
    },
  );

  return { form, submit, notice };
}
