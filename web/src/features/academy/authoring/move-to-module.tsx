import type { CourseModule, Lesson } from "@alliance/core/web";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useDraftEditor } from "./draft-editor.tsx";

/** Moves a lesson to the end of another module, chosen in a list. */
export function MoveToModule({
  lesson,
  from,
  onMove,
}: {
  lesson: Lesson;
  from: CourseModule;
  onMove: (moduleId: string) => void;
}) {
  const { t } = useTranslation();
  const { draft } = useDraftEditor();
  const others = draft.modules
    .map((module, index) => ({ module, number: index + 1 }))
    .filter(({ module }) => module.moduleId !== from.moduleId);
  const [target, setTarget] = useState("");
  const id = `lesson-${lesson.lessonId}`;
  const chosen = others.some(({ module }) => module.moduleId === target) ? target : "";

  return (
    <div className="field move-to-module">
      <label htmlFor={`${id}-target`}>
        {t("authoring.outline.moveTo", { title: lesson.title })}
      </label>
      <div className="actions actions--row">
        <select
          id={`${id}-target`}
          value={chosen}
          onChange={(event) => setTarget(event.target.value)}
        >
          <option value="">{t("authoring.outline.chooseModule")}</option>
          {others.map(({ module, number }) => (
            <option key={module.moduleId} value={module.moduleId}>
              {t("authoring.outline.module", { number, title: module.title })}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={!chosen || undefined}
          onClick={() => {
            if (!chosen) return;
            setTarget("");
            onMove(chosen);
          }}
        >
          {t("authoring.outline.moveToButton")}
          <span className="visually-hidden">
            {" "}
            {t("authoring.outline.moveToButtonMore", { title: lesson.title })}
          </span>
        </button>
      </div>
    </div>
  );
}
