import type { CourseModule } from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDraftEditor } from "./draft-editor.tsx";
import { LessonEditor } from "./lesson-editor.tsx";
import { LessonRow } from "./lesson-row.tsx";
import { MoveButtons } from "./move-buttons.tsx";
import { modulePosition } from "./outline-positions.ts";
import { RenameModuleForm } from "./rename-module-form.tsx";
import type { OutlineActions } from "./use-outline-actions.ts";

/** One module: its title and buttons, its lessons, and a way to add one. */
export function ModuleBlock({
  module,
  index,
  actions,
}: {
  module: CourseModule;
  index: number;
  actions: OutlineActions;
}) {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const { modules } = editor.draft;
  const [renaming, setRenaming] = useState(false);
  const [adding, setAdding] = useState(false);
  const id = `module-${module.moduleId}`;
  const title = module.title;
  const first = index === 0;
  const last = index === modules.length - 1;

  const move = (direction: "up" | "down") => {
    if ((direction === "up" && first) || (direction === "down" && last)) {
      actions.announce(
        t(
          first && direction === "up"
            ? "authoring.outline.alreadyFirst"
            : "authoring.outline.alreadyLast",
          { title },
        ),
      );
      return;
    }
    void actions.act(
      editor.changes.moveModule(module.moduleId, { direction }),
      (saved) => ({
        focus: `${id}-${direction}`,
        announce: t("authoring.outline.moduleMoved", {
          title,
          ...modulePosition(saved.modules, module.moduleId),
        }),
      }),
      t("authoring.outline.moving", { title }),
    );
  };

  const remove = () => {
    const count = module.lessons.length;
    if (!window.confirm(t("authoring.outline.removeModuleConfirm", { title, count }))) return;
    void actions.act(editor.changes.removeModule(module.moduleId), () => ({
      focus: "outline-title",
      announce: t("authoring.outline.moduleRemoved", { title }),
    }));
  };

  return (
    <li className="card">
      <h3 id={`${id}-heading`} tabIndex={-1}>
        {t("authoring.outline.module", { number: index + 1, title })}
      </h3>
      <div className="actions actions--row">
        <MoveButtons id={id} title={title} first={first} last={last} onMove={move} />
        <button
          type="button"
          id={`${id}-rename`}
          className="button button--secondary"
          aria-expanded={renaming}
          aria-label={t("authoring.outline.rename", { title })}
          onClick={() => setRenaming(!renaming)}
        >
          {t("authoring.outline.short.rename")}
        </button>
        <button
          type="button"
          className="button button--remove"
          aria-label={t("authoring.outline.remove", { title })}
          onClick={remove}
        >
          {t("authoring.outline.short.remove")}
        </button>
      </div>
      {renaming && (
        <RenameModuleForm module={module} actions={actions} onClose={() => setRenaming(false)} />
      )}
      {module.lessons.length === 0 ? (
        <p className="empty">{t("authoring.outline.noLessons")}</p>
      ) : (
        <ol className="outline-lessons">
          {module.lessons.map((lesson, at) => (
            <LessonRow
              key={lesson.lessonId}
              lesson={lesson}
              index={at}
              module={module}
              actions={actions}
            />
          ))}
        </ol>
      )}
      {adding ? (
        <LessonEditor
          mode={{ kind: "create", moduleId: module.moduleId, moduleTitle: title }}
          actions={actions}
          returnFocus={`${id}-add-lesson`}
          onClose={() => setAdding(false)}
        />
      ) : (
        <button
          type="button"
          id={`${id}-add-lesson`}
          className="button"
          onClick={() => setAdding(true)}
        >
          {t("authoring.outline.addLesson", { title })}
        </button>
      )}
    </li>
  );
}
