import { useTranslation } from "react-i18next";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import { LegalDocument } from "./legal-document.tsx";
import { legalText } from "./legal-text.ts";

const TEXT = legalText("terms");
/** The terms of use. */
export function TermsPage() {
  const { t } = useTranslation();
  return <LegalDocument title={t("legal.terms.title")} text={TEXT} />;
}

export const handle: PublicPage = {
  head: ({ t }) => ({
    title: t("legal.terms.title"),
    description: describe(t("legal.terms.description")),
  }),
};

export { TermsPage as Component };
