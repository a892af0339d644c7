import { useTranslation } from "react-i18next";

/** Placeholder: replaced by the real page. */
function CataloguePage() {
  const { t } = useTranslation();
  return <h1>{t("courses.title")}</h1>;
}

export { CataloguePage as Component };
