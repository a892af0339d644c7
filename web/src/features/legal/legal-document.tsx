import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { legalSettings } from "../../config/legal-settings.ts";
import { isUiLocale } from "../../i18n/index.ts";
// Not the lazy Markdown of contributors' texts: a legal page is its text, and the server
// must send it whole (a lazy part can be left suspended on a process's first render).
import MarkdownRenderer from "../../ui/markdown-renderer.tsx";
import { Page } from "../../ui/page.tsx";
import { fillLegalText, type LegalText, splitAt } from "./legal-text.ts";

/** The text of a legal page in the interface's language, with the controller filled in. */
export function useLegalText(text: LegalText): string {
  const { t, i18n } = useTranslation();
  const locale = isUiLocale(i18n.language) ? i18n.language : "en";
  return fillLegalText(text[locale], legalSettings, t("legal.noContact"));
}

/**
 * A legal page: its title, its Markdown text and, where the text has `<!-- marker -->`,
 * a part rendered from data (the cookies table, the list of tested pages).
 */
export function LegalDocument({
  title,
  text,
  marker,
  children,
}: {
  title: string;
  text: LegalText;
  marker?: string;
  children?: ReactNode;
}) {
  const [before, after] = splitAt(useLegalText(text), marker ?? "");
  return (
    <Page title={title}>
      <div className="legal-text">
        <MarkdownRenderer text={before} headingLevel={1} />
        {children}
        {after && <MarkdownRenderer text={after} headingLevel={1} />}
      </div>
    </Page>
  );
}
