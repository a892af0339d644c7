import { type ReactNode, useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";

/** The path whose heading last received focus; undefined before the first page. */
let lastPath: string | undefined;

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
  const { pathname } = useLocation();

  useEffect(() => {
    document.title = `${title} – ${t("app.name")}`;
  }, [title, t]);

  useEffect(() => {
    const first = lastPath === undefined;
    if (lastPath === pathname) return;
    lastPath = pathname;
    if (!first) heading.current?.focus();
  }, [pathname]);

  return (
    <>
      <h1 ref={heading} tabIndex={-1} lang={lang}>
        {title}
      </h1>
      {children}
    </>
  );
}
