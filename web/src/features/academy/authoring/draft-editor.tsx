import type { CourseDraft } from "@alliance/core/web";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { createContext, type ReactNode, useContext, useEffect, useState } from "react";
import { problemOf } from "../../../api/problem.ts";
import { type DraftChanges, draftChanges } from "./draft-changes.ts";
import { authoringQueries, type DraftChange, useDraftChange } from "./queries.ts";
import { useLeaveGuard } from "./use-leave-guard.ts";

interface DraftEditor {
  courseId: string;
  /** The draft as this page last saved or loaded it. */
  draft: CourseDraft;
  changes: DraftChanges;
  /**
   * Runs a change after those already under way and answers the new draft. A 412
   * sets `conflict` (and still rejects, so the caller keeps what was typed).
   */
  run: (change: DraftChange) => Promise<CourseDraft>;
  conflict: boolean;
  reloading: boolean;
  /** Why the last reload failed, if it did. */
  reloadError: unknown;
  /** Loads the latest draft; open forms keep what was typed in them. */
  reload: () => Promise<void>;
  /** A change waits for the connection to come back. */
  waitingForNetwork: boolean;
  /** A form says whether it holds typed changes that are not saved yet. */
  markUnsaved: (key: string, unsaved: boolean) => void;
}

const Context = createContext<DraftEditor | null>(null);

export function DraftEditorProvider({
  courseId,
  children,
}: {
  courseId: string;
  children: ReactNode;
}) {
  const queryClient = useQueryClient();
  const query = useQuery(authoringQueries.draft(courseId));
  const mutation = useDraftChange(courseId);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [reloadError, setReloadError] = useState<unknown>(null);
  const markUnsaved = useLeaveGuard();
  if (!query.data) return null;

  const run = async (change: DraftChange) => {
    try {
      return await mutation.mutateAsync(change);
    } catch (error) {
      if (problemOf(error).stale) setConflict(true);
      throw error;
    }
  };

  const reload = async () => {
    if (reloading) return;
    setReloading(true);
    setReloadError(null);
    try {
      await queryClient.fetchQuery({ ...authoringQueries.draft(courseId), staleTime: 0 });
      setConflict(false);
    } catch (error) {
      setReloadError(error);
    } finally {
      setReloading(false);
    }
  };

  const value: DraftEditor = {
    courseId,
    draft: query.data,
    changes: draftChanges(courseId),
    run,
    conflict,
    reloading,
    reloadError,
    reload,
    waitingForNetwork: mutation.isPaused,
    markUnsaved,
  };
  return <Context value={value}>{children}</Context>;
}

export function useDraftEditor(): DraftEditor {
  const editor = useContext(Context);
  if (!editor) throw new Error("useDraftEditor needs a DraftEditorProvider");
  return editor;
}

/** While `unsaved`, leaving the editor asks first (see useLeaveGuard). */
export function useUnsavedChanges(key: string, unsaved: boolean) {
  const { markUnsaved } = useDraftEditor();
  useEffect(() => {
    markUnsaved(key, unsaved);
    return () => markUnsaved(key, false);
  }, [key, unsaved, markUnsaved]);
}
