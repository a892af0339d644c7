import { moduleInputSchema } from "@alliance/core/web";
import { limitsAt, useSchemaForm } from "../../../ui/form/index.ts";
import { useUnsavedChanges } from "./draft-editor.tsx";
import { OUTLINE_REFUSALS } from "./use-outline-actions.ts";

const LIMITS = limitsAt(moduleInputSchema, "title");
/** The one message of a module's title, naming core's limits. */
const TITLE_ERROR = {
  key: "authoring.outline.moduleTitleError",
  values: { min: LIMITS.min ?? 0, max: LIMITS.max ?? 0 },
};

/**
 * A module's title being added or renamed, checked by core's `moduleInputSchema`
 * before `save` runs (which gets it trimmed). Its field is `inputId`; what was typed
 * stays through a refusal, whose reason shows on the field or in the form's summary.
 * One save at a time; `unsaved(title)` says whether leaving the editor should ask.
 */
export function useModuleTitleForm(
  initial: string,
  inputId: string,
  save: (title: string) => Promise<unknown>,
  unsaved: (title: string) => boolean,
) {
  const form = useSchemaForm(
    moduleInputSchema,
    { title: initial },
    { idOf: () => inputId, messageOf: () => TITLE_ERROR },
  );
  useUnsavedChanges(inputId, unsaved(form.watch("title")));
  const submit = form.onSubmit(({ title }) => save(title), {
    rejected: () => TITLE_ERROR,
    refusals: OUTLINE_REFUSALS,
  });
  return { form, submit, pending: form.formState.isSubmitting };
}
