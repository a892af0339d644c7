import { type ReactNode, type RefObject, useEffect, useLayoutEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";

/** The path whose heading last received focus; undefined before the first page. */
let lastPath: string | undefined;
/** The navigation (location key) after which a part of the page took focus (useArrivalFocus). */
let claimedFor: string | undefined;

/**
 * Focuses `target` once per navigation, when `active` and the element is shown, in place
 * of the page's heading: for a result the person asked for (a lookup started with a form).
 * Whichever effect runs first, Page's or this one, the target ends focused: this one
 * claims the navigation, and Page leaves the focus alone for a claimed navigation. Call
 * it in the component that renders `target`, so that it runs when the target appears. A
 * layout effect: the focus moves in the commit that shows the target, not a frame later
 * (Preact runs effects after the next paint, decision 0100).
 */
export function useArrivalFocus(target: RefObject<HTMLElement | null>, active: boolean): void {
  const { key } = useLocation();
  useLayoutEffect(() => {
    if (!active || claimedFor === key || !target.current) return;
    claimedFor = key;
    target.current.focus();
  }, [active, key, target]);
}

/**
 * Every page renders through Page: it sets the localised document title and, after
 * a client-side navigation (not on first load), moves focus to the page's heading so
 * that screen readers announce the new page and keyboard users start from its top.
 */
export function Page({
  title,
  lang,
  children,
}: {
  title: string;
  /** The title's language when it is content in another language than the interface. */
  lang?: string | undefined;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const { pathname, key } = useLocation();

  useEffect(() => {
    document.title = `${title} – ${t("app.name")}`;
  }, [title, t]);

  useEffect(() => {
    const first = lastPath === undefined;
    if (lastPath === pathname) return;
    lastPath = pathname;
    if (!first && claimedFor !== key) heading.current?.focus();
  }, [pathname, key]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1} lang={lang}>
        {title}
      </h1>
      {children}
    </>
  );
}
