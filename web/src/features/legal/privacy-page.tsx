import { useTranslation } from "react-i18next";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import en from "./content/privacy.en.md?raw";
import fr from "./content/privacy.fr.md?raw";
import { LegalDocument } from "./legal-document.tsx";

/** The privacy notice (GDPR art. 13). */
export function PrivacyPage() {
  const { t } = useTranslation();
  return <LegalDocument title={t("legal.privacy.title")} text={{ en, fr }} />;
}

export const handle: PublicPage = {
  head: ({ t }) => ({
    title: t("legal.privacy.title"),
    description: describe(t("legal.privacy.description")),
  }),
};

export { PrivacyPage as Component };
