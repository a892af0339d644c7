import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useBlocker } from "react-router";

/**
 * Forms of the editor say whether they hold typed changes that are not saved;
 * while any does, leaving the page (a link, the back button, closing the tab)
 * asks first. Nothing typed is lost by a stray click on "Preview".
 */
export function useLeaveGuard() {
  const { t } = useTranslation();
  const [unsaved, setUnsaved] = useState<readonly string[]>([]);
  const guarding = unsaved.length > 0;

  const mark = useCallback((key: string, on: boolean) => {
    setUnsaved((keys) => {
      if (keys.includes(key) === on) return keys;
      return on ? [...keys, key] : keys.filter((each) => each !== key);
    });
  }, []);

  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      guarding && currentLocation.pathname !== nextLocation.pathname,
  );
  useEffect(() => {
    if (blocker.state !== "blocked") return;
    if (window.confirm(t("authoring.editor.leaveConfirm"))) blocker.proceed();
    else blocker.reset();
  }, [blocker, t]);

  useEffect(() => {
    if (!guarding) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [guarding]);

  return mark;
}
