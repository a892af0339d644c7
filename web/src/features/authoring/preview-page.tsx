import { useTranslation } from "react-i18next";

/** Placeholder: replaced by the real page. */
function PreviewPage() {
  const { t } = useTranslation();
  return <h1>{t("authoring.title")}</h1>;
}

export { PreviewPage as Component };
