import { useTranslation } from "react-i18next";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import en from "./content/terms.en.md?raw";
import fr from "./content/terms.fr.md?raw";
import { LegalDocument } from "./legal-document.tsx";

/** The terms of use. */
export function TermsPage() {
  const { t } = useTranslation();
  return <LegalDocument title={t("legal.terms.title")} text={{ en, fr }} />;
}

export const handle: PublicPage = {
  head: ({ t }) => ({
    title: t("legal.terms.title"),
    description: describe(t("legal.terms.description")),
  }),
};

export { TermsPage as Component };
