import type { CourseModule } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/fields.tsx";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useDraftEditor, useUnsavedChanges } from "./draft-editor.tsx";
import { useModuleTitleForm } from "./use-module-title-form.ts";
import type { OutlineActions } from "./use-outline-actions.ts";

/** Renames a module in place; focus returns to its Rename button when done. */
export function RenameModuleForm({
  module,
  actions,
  onClose,
}: {
  module: CourseModule;
  actions: OutlineActions;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const id = `module-${module.moduleId}`;
  const form = useModuleTitleForm(module.title, `${id}-title`, async (text) => {
    const saved = await actions.act(editor.changes.renameModule(module.moduleId, text), () => ({
      focus: `${id}-rename`,
      announce: t("authoring.outline.moduleRenamed", { title: text }),
    }));
    if (saved) onClose();
  });
  useUnsavedChanges(`${id}-rename`, form.title !== module.title);

  const close = () => {
    onClose();
    actions.focusWhenShown(`${id}-rename`, editor.draft.version);
  };

  return (
    <form noValidate className="form" onSubmit={(event) => void form.submit(event)}>
      <TextField
        id={`${id}-title`}
        label={t("authoring.outline.newTitle", { title: module.title })}
        value={form.title}
        error={form.error}
        maxLength={160}
        autoFocus
        onChange={(event) => form.setTitle(event.target.value)}
      />
      <div className="actions actions--row">
        <SubmitButton pending={form.pending} pendingLabel={t("authoring.outline.saving")}>
          {t("authoring.outline.saveTitle")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={close}>
          {t("authoring.outline.cancel")}
        </button>
      </div>
    </form>
  );
}
