import { useTranslation } from "react-i18next";
import { FormErrors, FormTextField } from "../../../ui/form/index.ts";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useDraftEditor } from "./draft-editor.tsx";
import { useModuleTitleForm } from "./use-module-title-form.ts";
import type { OutlineActions } from "./use-outline-actions.ts";

/** Adds a module at the end; the title stays typed if the save fails. */
export function AddModuleForm({ actions }: { actions: OutlineActions }) {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const { form, submit, pending } = useModuleTitleForm(
    "",
    "new-module-title",
    async (title) => {
      const saved = await editor.run(editor.changes.addModule(title));
      const added = saved.modules.at(-1);
      if (added) actions.focusWhenShown(`module-${added.moduleId}-heading`, saved.version);
      actions.announce(t("authoring.outline.moduleAdded", { title }));
      form.reset({ title: "" });
    },
    (title) => title.trim() !== "",
  );

  return (
    <form
      noValidate
      className="form"
      aria-labelledby="new-module-heading"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="new-module-heading">{t("authoring.outline.addModule")}</h3>
      <FormErrors form={form} />
      <FormTextField form={form} name="title" label={t("authoring.outline.moduleTitle")} />
      <SubmitButton pending={pending} pendingLabel={t("authoring.outline.adding")}>
        {t("authoring.outline.addModuleButton")}
      </SubmitButton>
    </form>
  );
}
