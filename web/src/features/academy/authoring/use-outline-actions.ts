import type { CourseDraft } from "@alliance/core/web";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemOf } from "../../../api/problem.ts";
import { describeRequestError } from "../../../ui/query-error.tsx";
import { useDraftEditor } from "./draft-editor.tsx";
import type { DraftChange } from "./queries.ts";

/** Why the API refused a change of the outline, for a form of the kit (see applyProblem). */
export const OUTLINE_REFUSALS: Record<string, { key: string }> = {
  "invalid-status": { key: "authoring.errors.archived" },
  "module-not-found": { key: "authoring.outline.gone" },
  "lesson-not-found": { key: "authoring.outline.gone" },
};

/** What to do once a change is saved: focus an element, announce a sentence. */
export interface AfterChange {
  focus?: string;
  announce?: string;
}

/**
 * Changes of the outline made with buttons (move, remove): each is announced in
 * the outline's polite live region, and focus goes back to where it belongs once
 * the page shows the saved outline (an element React moved may have lost it).
 */
export function useOutlineActions() {
  const { t } = useTranslation();
  const editor = useDraftEditor();
  const version = editor.draft.version;
  const [announcement, setAnnouncement] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ id: string; version: number } | null>(null);

  useEffect(() => {
    if (!focus || version < focus.version) return;
    document.getElementById(focus.id)?.focus();
    setFocus(null);
  }, [focus, version]);

  const explain = (error: unknown) => {
    const code = problemOf(error).code ?? "";
    const refusal = OUTLINE_REFUSALS[code];
    return refusal ? t(refusal.key) : describeRequestError(error, t);
  };

  /** Runs `change`; `after` says what to focus and announce once it is saved. */
  const act = async (
    change: DraftChange,
    after: (saved: CourseDraft) => AfterChange = () => ({}),
    working?: string,
  ): Promise<CourseDraft | null> => {
    setProblem(null);
    setAnnouncement(working ?? "");
    try {
      const saved = await editor.run(change);
      const next = after(saved);
      if (next.focus) setFocus({ id: next.focus, version: saved.version });
      setAnnouncement(next.announce ?? "");
      return saved;
    } catch (error) {
      setAnnouncement("");
      if (!problemOf(error).stale) setProblem(explain(error));
      return null;
    }
  };

  return {
    act,
    announcement,
    announce: setAnnouncement,
    problem,
    /** Focus `id` once the draft has reached `atVersion` on the page. */
    focusWhenShown: (id: string, atVersion: number) => setFocus({ id, version: atVersion }),
  };
}

export type OutlineActions = ReturnType<typeof useOutlineActions>;
