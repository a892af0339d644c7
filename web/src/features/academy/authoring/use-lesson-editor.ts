import { type Lesson, lessonCreateSchema } from "@alliance/core/web";
import { useState } from "react";
import { get } from "react-hook-form";
import { useTranslation } from "react-i18next";
import { errorText, useSchemaForm } from "../../../ui/form/index.ts";
import { useDraftEditor, useUnsavedChanges } from "./draft-editor.tsx";
import { lessonChecks, lessonErrorOf } from "./lesson-errors.ts";
import {
  emptyLessonValues,
  type LessonFormValues,
  lessonBodyOf,
  lessonValuesOf,
} from "./lesson-form-values.ts";
import { OUTLINE_REFUSALS, type OutlineActions } from "./use-outline-actions.ts";

export type LessonEditorMode =
  | { kind: "create"; moduleId: string; moduleTitle: string }
  | { kind: "edit"; lesson: Lesson };

/**
 * State of one lesson's form. What is typed stays through failures and reloads;
 * a save closes the form, announces it, and puts focus on the lesson's Edit button.
 */
export function useLessonEditor(
  mode: LessonEditorMode,
  actions: OutlineActions,
  returnFocus: string,
  onClose: () => void,
) {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const prefix = mode.kind === "create" ? `new-${mode.moduleId}` : `edit-${mode.lesson.lessonId}`;
  const [initial] = useState(() =>
    mode.kind === "edit" ? lessonValuesOf(mode.lesson) : emptyLessonValues(),
  );
  const form = useSchemaForm(lessonCreateSchema, initial, lessonChecks(prefix));
  const values = form.watch();
  const changed = JSON.stringify(values) !== JSON.stringify(initial);
  useUnsavedChanges(prefix, changed);

  const update = (next: LessonFormValues) => {
    for (const [name, value] of Object.entries(next)) {
      form.setValue(name as keyof LessonFormValues, value);
    }
    // Once inputs have shown errors, re-check them as the person corrects them.
    if (form.formState.submitCount > 0) void form.trigger();
  };
  const set = <K extends keyof LessonFormValues>(field: K, value: LessonFormValues[K]) =>
    update({ ...values, [field]: value });

  const submit = form.onSubmit(
    async (_checked, typed) => {
      if (editor.reloading) return;
      const body = lessonBodyOf(typed);
      const saved = await editor.run(
        mode.kind === "create"
          ? editor.changes.addLesson(mode.moduleId, body)
          : editor.changes.editLesson(mode.lesson.lessonId, body),
      );
      const lessonId =
        mode.kind === "edit"
          ? mode.lesson.lessonId
          : saved.modules.find((module) => module.moduleId === mode.moduleId)?.lessons.at(-1)
              ?.lessonId;
      actions.announce(
        t(mode.kind === "create" ? "authoring.lesson.added" : "authoring.lesson.saved", {
          title: body.title,
        }),
      );
      actions.focusWhenShown(lessonId ? `lesson-${lessonId}-edit` : returnFocus, saved.version);
      onClose();
    },
    {
      rejected: (id) => lessonErrorOf(prefix, id, form.getValues(), true),
      refusals: OUTLINE_REFUSALS,
    },
  );

  const cancel = () => {
    if (changed && !window.confirm(t("authoring.lesson.discardConfirm"))) return;
    actions.focusWhenShown(returnFocus, editor.draft.version);
    onClose();
  };

  return {
    form,
    prefix,
    values,
    set,
    update,
    submit,
    cancel,
    pending: form.formState.isSubmitting,
    message: (id: string) => errorText(get(form.formState.errors, id), t),
  };
}

export type LessonEditorState = ReturnType<typeof useLessonEditor>;
