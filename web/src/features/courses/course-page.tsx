import { useTranslation } from "react-i18next";

/** Placeholder: replaced by the real page. */
function CoursePage() {
  const { t } = useTranslation();
  return <h1>{t("courses.title")}</h1>;
}

export { CoursePage as Component };
