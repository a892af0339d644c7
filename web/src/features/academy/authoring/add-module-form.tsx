import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/fields.tsx";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useDraftEditor, useUnsavedChanges } from "./draft-editor.tsx";
import { useModuleTitleForm } from "./use-module-title-form.ts";
import type { OutlineActions } from "./use-outline-actions.ts";

/** Adds a module at the end; the title stays typed if the save fails. */
export function AddModuleForm({ actions }: { actions: OutlineActions }) {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const form = useModuleTitleForm("", "new-module-title", async (text) => {
    const saved = await actions.act(
      editor.changes.addModule(text),
      (draft) => {
        const added = draft.modules.at(-1);
        return {
          focus: added ? `module-${added.moduleId}-heading` : undefined,
          announce: t("authoring.outline.moduleAdded", { title: text }),
        };
      },
      t("authoring.outline.adding"),
    );
    if (saved) form.setTitle("");
  });
  useUnsavedChanges("new-module", form.title.trim() !== "");

  return (
    <form
      noValidate
      className="form"
      aria-labelledby="new-module-heading"
      onSubmit={(event) => void form.submit(event)}
    >
      <h3 id="new-module-heading">{t("authoring.outline.addModule")}</h3>
      <TextField
        id="new-module-title"
        label={t("authoring.outline.moduleTitle")}
        value={form.title}
        error={form.error}
        maxLength={160}
        onChange={(event) => form.setTitle(event.target.value)}
      />
      <SubmitButton pending={form.pending} pendingLabel={t("authoring.outline.adding")}>
        {t("authoring.outline.addModuleButton")}
      </SubmitButton>
    </form>
  );
}
