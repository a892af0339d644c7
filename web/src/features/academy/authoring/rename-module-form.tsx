import type { CourseModule } from "@alliance/core/web";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/fields.tsx";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useDraftEditor, useUnsavedChanges } from "./draft-editor.tsx";
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
  const [title, setTitle] = useState(module.title);
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  useUnsavedChanges(`${id}-rename`, title !== module.title);

  const close = () => {
    onClose();
    actions.focusWhenShown(`${id}-rename`, editor.draft.version);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const text = title.trim();
    if (text.length < 1 || text.length > 160) {
      setError(t("authoring.outline.moduleTitleError"));
      document.getElementById(`${id}-title`)?.focus();
      return;
    }
    setError(undefined);
    setPending(true);
    const saved = await actions.act(editor.changes.renameModule(module.moduleId, text), () => ({
      focus: `${id}-rename`,
      announce: t("authoring.outline.moduleRenamed", { title: text }),
    }));
    setPending(false);
    if (saved) onClose();
  };

  return (
    <form noValidate className="form" onSubmit={(event) => void submit(event)}>
      <TextField
        id={`${id}-title`}
        label={t("authoring.outline.newTitle", { title: module.title })}
        value={title}
        error={error}
        maxLength={160}
        autoFocus
        onChange={(event) => setTitle(event.target.value)}
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
