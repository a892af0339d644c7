import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { TextField } from "../../../ui/fields.tsx";
import { SubmitButton } from "../../../ui/submit-button.tsx";
import { useDraftEditor, useUnsavedChanges } from "./draft-editor.tsx";
import type { OutlineActions } from "./use-outline-actions.ts";

/** Adds a module at the end; the title stays typed if the save fails. */
export function AddModuleForm({ actions }: { actions: OutlineActions }) {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const [title, setTitle] = useState("");
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  useUnsavedChanges("new-module", title.trim() !== "");

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const text = title.trim();
    if (text.length < 1 || text.length > 160) {
      setError(t("authoring.outline.moduleTitleError"));
      document.getElementById("new-module-title")?.focus();
      return;
    }
    setError(undefined);
    setPending(true);
    try {
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
      if (saved) setTitle("");
    } finally {
      setPending(false);
    }
  };

  return (
    <form
      noValidate
      className="form"
      aria-labelledby="new-module-heading"
      onSubmit={(event) => void submit(event)}
    >
      <h3 id="new-module-heading">{t("authoring.outline.addModule")}</h3>
      <TextField
        id="new-module-title"
        label={t("authoring.outline.moduleTitle")}
        value={title}
        error={error}
        maxLength={160}
        onChange={(event) => setTitle(event.target.value)}
      />
      <SubmitButton pending={pending} pendingLabel={t("authoring.outline.adding")}>
        {t("authoring.outline.addModuleButton")}
      </SubmitButton>
    </form>
  );
}
