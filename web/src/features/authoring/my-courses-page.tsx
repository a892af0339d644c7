import { useTranslation } from "react-i18next";

/** Placeholder: replaced by the real page. */
function MyCoursesPage() {
  const { t } = useTranslation();
  return <h1>{t("authoring.title")}</h1>;
}

export { MyCoursesPage as Component };
