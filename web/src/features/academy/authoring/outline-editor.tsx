import { useTranslation } from "react-i18next";
import { StatusMessage } from "../../../ui/status.tsx";
import { AddModuleForm } from "./add-module-form.tsx";
import { useDraftEditor } from "./draft-editor.tsx";
import { ModuleBlock } from "./module-block.tsx";
import { useOutlineActions } from "./use-outline-actions.ts";

/**
 * Modules in order, each with its lessons. Reordering is by buttons, which work
 * with a keyboard and a screen reader; each move is announced with the new place.
 */
export function OutlineEditor() {
  const { t } = useTranslation();
  const { draft } = useDraftEditor();
  const actions = useOutlineActions();

  return (
    <section aria-labelledby="outline-title" className="outline-editor">
      <h2 id="outline-title" tabIndex={-1}>
        {t("authoring.outline.title")}
      </h2>
      <p className="field__hint">{t("authoring.outline.intro")}</p>
      <StatusMessage>{actions.announcement || undefined}</StatusMessage>
      {actions.problem && (
        <div className="notice notice--error" role="alert">
          <p>{actions.problem}</p>
        </div>
      )}
      {draft.modules.length === 0 ? (
        <p className="empty">{t("authoring.outline.empty")}</p>
      ) : (
        <ol className="cards cards--list">
          {draft.modules.map((module, index) => (
            <ModuleBlock key={module.moduleId} module={module} index={index} actions={actions} />
          ))}
        </ol>
      )}
      <AddModuleForm actions={actions} />
    </section>
  );
}
