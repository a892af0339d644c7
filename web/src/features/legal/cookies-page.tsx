import { useTranslation } from "react-i18next";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import { LegalDocument } from "./legal-document.tsx";
import { legalText } from "./legal-text.ts";
import { SITE_COOKIES } from "./site-cookies.ts";

const TEXT = legalText("cookies");
/** The cookies statement: no tracking cookies, and the one cookie the site does set. */
export function CookiesPage() {
  const { t } = useTranslation();
  return (
    <LegalDocument title={t("legal.cookies.title")} text={TEXT} marker="cookies">
      <table className="stacked-table legal-table">
        <caption className="visually-hidden">{t("legal.cookies.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("legal.cookies.name")}</th>
            <th scope="col">{t("legal.cookies.purpose.title")}</th>
            <th scope="col">{t("legal.cookies.lifetime")}</th>
          </tr>
        </thead>
        <tbody>
          {SITE_COOKIES.map((cookie) => (
            <tr key={cookie.name}>
              <th scope="row" data-label={t("legal.cookies.name")}>
                <code>{cookie.name}</code>
              </th>
              <td data-label={t("legal.cookies.purpose.title")}>
                {t(`legal.cookies.purpose.${cookie.purpose}`)}
              </td>
              <td data-label={t("legal.cookies.lifetime")}>
                {t("legal.cookies.days", { count: cookie.lifetimeDays })}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </LegalDocument>
  );
}

export const handle: PublicPage = {
  head: ({ t }) => ({
    title: t("legal.cookies.title"),
    description: describe(t("legal.cookies.description")),
  }),
};

export { CookiesPage as Component };
