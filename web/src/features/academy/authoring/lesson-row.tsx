import type { CourseModule, Lesson } from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useCourseLabels } from "../catalogue/labels.ts";
import { useDraftEditor } from "./draft-editor.tsx";
import { LessonEditor } from "./lesson-editor.tsx";
import { MoveButtons } from "./move-buttons.tsx";
import { MoveToModule } from "./move-to-module.tsx";
import { lessonPosition } from "./outline-positions.ts";
import type { OutlineActions } from "./use-outline-actions.ts";

/** A lesson in its module: title and kind, then edit, move and remove buttons. */
export function LessonRow({
  lesson,
  index,
  module,
  actions,
}: {
  lesson: Lesson;
  index: number;
  module: CourseModule;
  actions: OutlineActions;
}) {
  const { t } = useTranslation();
  const labels = useCourseLabels();
  const editor = useDraftEditor();
  const [editing, setEditing] = useState(false);
  const id = `lesson-${lesson.lessonId}`;
  const { title } = lesson;
  const first = index === 0;
  const last = index === module.lessons.length - 1;
  const kind = labels.kind(lesson.content.kind);

  const move = (direction: "up" | "down") => {
    if ((direction === "up" && first) || (direction === "down" && last)) {
      actions.announce(
        t(
          direction === "up"
            ? "authoring.outline.alreadyFirstLesson"
            : "authoring.outline.alreadyLastLesson",
          { title },
        ),
      );
      return;
    }
    void actions.act(
      editor.changes.moveLesson(lesson.lessonId, { direction }),
      (saved) => ({
        focus: `${id}-${direction}`,
        announce: announceMove(saved.modules),
      }),
      t("authoring.outline.moving", { title }),
    );
  };

  const announceMove = (modules: CourseModule[]) => {
    const place = lessonPosition(modules, lesson.lessonId);
    return place ? t("authoring.outline.lessonMoved", { title, ...place }) : "";
  };

  const remove = () => {
    if (!window.confirm(t("authoring.outline.removeLessonConfirm", { title }))) return;
    void actions.act(editor.changes.removeLesson(lesson.lessonId), () => ({
      focus: `module-${module.moduleId}-heading`,
      announce: t("authoring.outline.lessonRemoved", { title }),
    }));
  };

  return (
    <li className="outline-lesson">
      <p>
        <strong>{title}</strong>{" "}
        <span className="card__meta">
          {lesson.optional
            ? t("authoring.outline.kindOptional", { kind })
            : t("authoring.outline.kind", { kind })}
        </span>
      </p>
      <div className="actions actions--row">
        <button
          type="button"
          id={`${id}-edit`}
          className="button button--secondary"
          aria-expanded={editing}
          aria-label={t("authoring.outline.edit", { title })}
          onClick={() => setEditing(!editing)}
        >
          {t("authoring.outline.short.edit")}
        </button>
        <MoveButtons id={id} title={title} first={first} last={last} onMove={move} />
        <button
          type="button"
          className="button button--remove"
          aria-label={t("authoring.outline.remove", { title })}
          onClick={remove}
        >
          {t("authoring.outline.short.remove")}
        </button>
      </div>
      {editor.draft.modules.length > 1 && (
        <MoveToModule
          lesson={lesson}
          from={module}
          onMove={(moduleId) =>
            void actions.act(
              editor.changes.moveLesson(lesson.lessonId, { moduleId }),
              (saved) => ({ focus: `${id}-target`, announce: announceMove(saved.modules) }),
              t("authoring.outline.moving", { title }),
            )
          }
        />
      )}
      {editing && (
        <LessonEditor
          mode={{ kind: "edit", lesson }}
          actions={actions}
          returnFocus={`${id}-edit`}
          onClose={() => setEditing(false)}
        />
      )}
    </li>
  );
}
