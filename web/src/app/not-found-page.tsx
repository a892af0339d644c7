import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../ui/page.tsx";
import { describe, type PublicPage } from "../ui/page-head.ts";

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

export const handle: PublicPage = {
  head: ({ t }) => ({
    title: t("notFound.title"),
    description: describe(t("notFound.body")),
    status: 404,
  }),
};

export { NotFoundPage as Component };
