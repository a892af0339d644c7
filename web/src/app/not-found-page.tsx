import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../ui/page.tsx";

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t("notFound.title")}>
      <p>{t("notFound.body")}</p>
      <p>
        <Link to="/">{t("notFound.home")}</Link>
      </p>
    </Page>
  );
}

export { NotFoundPage as Component };
