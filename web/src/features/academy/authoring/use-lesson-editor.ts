import type { Lesson } from "@alliance/core/web";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { describeRequestError } from "../../../ui/query-error.tsx";
import { useEditorFeedback } from "../../../ui/use-editor-feedback.ts";
import { useDraftEditor, useUnsavedChanges } from "./draft-editor.tsx";
import { lessonErrorOf, lessonFieldId, lessonFieldOrder, validateLesson } from "./lesson-errors.ts";
import {
  emptyLessonValues,
  type LessonFormValues,
  lessonBodyOf,
  lessonValuesOf,
} from "./lesson-form-values.ts";
import { fieldErrorsOf, isStale, problemCode, rejectedFields } from "./problem-fields.ts";
import type { OutlineActions } from "./use-outline-actions.ts";

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
  const [values, setValues] = useState<LessonFormValues>(initial);
  const [pending, setPending] = useState(false);
  const feedback = useEditorFeedback<string>();
  const { errors, setErrors, fail } = feedback;
  const changed = JSON.stringify(values) !== JSON.stringify(initial);
  useUnsavedChanges(prefix, changed);

  const update = (next: LessonFormValues) => {
    setValues(next);
    // Once inputs have shown errors, re-check them as the person corrects them.
    if (Object.keys(errors).length > 0) {
      const now = validateLesson(prefix, next);
      setErrors((current) =>
        Object.fromEntries(Object.keys(current).flatMap((id) => (now[id] ? [[id, now[id]]] : []))),
      );
    }
  };
  const set = <K extends keyof LessonFormValues>(field: K, value: LessonFormValues[K]) =>
    update({ ...values, [field]: value });

  const explain = (error: unknown) => {
    if (isStale(error)) return;
    const paths = rejectedFields(error);
    if (paths) {
      const toId = (path: string) => lessonFieldId(prefix, path);
      return fail(
        fieldErrorsOf(paths, toId, (id) => lessonErrorOf(prefix, id, values, true)),
        null,
      );
    }
    const code = problemCode(error);
    if (code === "invalid-status") return fail({}, t("authoring.errors.archived"));
    if (code === "module-not-found" || code === "lesson-not-found") {
      return fail({}, t("authoring.outline.gone"));
    }
    fail({}, describeRequestError(error, t));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    event.stopPropagation();
    if (pending || editor.reloading) return;
    const invalid = validateLesson(prefix, values);
    if (Object.keys(invalid).length > 0) return fail(invalid, null);
    feedback.clearErrors();
    setPending(true);
    const body = lessonBodyOf(values);
    try {
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
    } catch (error) {
      explain(error);
    } finally {
      setPending(false);
    }
  };

  const cancel = () => {
    if (changed && !window.confirm(t("authoring.lesson.discardConfirm"))) return;
    actions.focusWhenShown(returnFocus, editor.draft.version);
    onClose();
  };

  const order = lessonFieldOrder(prefix, values);
  const shown = Object.keys(errors);
  return {
    prefix,
    values,
    set,
    update,
    submit,
    cancel,
    pending,
    message: feedback.message,
    summary: feedback.summary([
      ...order.filter((id) => shown.includes(id)),
      ...shown.filter((id) => !order.includes(id)),
    ]),
    attempt: feedback.attempt,
  };
}

export type LessonEditorState = ReturnType<typeof useLessonEditor>;
