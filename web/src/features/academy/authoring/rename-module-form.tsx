import type { CourseModule } from "@alliance/core/web";
import { useTranslation } from "react-i18next";
import { FormErrors, FormTextField } from "../../../ui/form/index.ts";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useDraftEditor } from "./draft-editor.tsx";
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
  const { form, submit, pending } = useModuleTitleForm(
    module.title,
    `${id}-title`,
    async (title) => {
      const saved = await editor.run(editor.changes.renameModule(module.moduleId, title));
      actions.focusWhenShown(`${id}-rename`, saved.version);
      actions.announce(t("authoring.outline.moduleRenamed", { title }));
      onClose();
    },
    (title) => title !== module.title,
  );

  const close = () => {
    onClose();
    actions.focusWhenShown(`${id}-rename`, editor.draft.version);
  };

  return (
    <form noValidate className="form" onSubmit={(event) => void submit(event)}>
      <FormErrors form={form} />
      <FormTextField
        form={form}
        name="title"
        label={t("authoring.outline.newTitle", { title: module.title })}
        autoFocus
      />
      <div className="actions actions--row">
        <SubmitButton pending={pending} pendingLabel={t("authoring.outline.saving")}>
          {t("authoring.outline.saveTitle")}
        </SubmitButton>
        <button type="button" className="button button--secondary" onClick={close}>
          {t("authoring.outline.cancel")}
        </button>
      </div>
    </form>
  );
}
