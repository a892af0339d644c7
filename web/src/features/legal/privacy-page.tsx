import { useTranslation } from "react-i18next";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import { LegalDocument } from "./legal-document.tsx";
import { legalText } from "./legal-text.ts";

const TEXT = legalText("privacy");
/** The privacy notice (GDPR art. 13). */
export function PrivacyPage() {
  const { t } = useTranslation();
  return <LegalDocument title={t("legal.privacy.title")} text={TEXT} />;
}

export const handle: PublicPage = {
  head: ({ t }) => ({
    title: t("legal.privacy.title"),
    description: describe(t("legal.privacy.description")),
  }),
};

export { PrivacyPage as Component };
