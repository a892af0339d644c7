import type { PlatformFigures } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Page } from "../../ui/page.tsx";
import { QueryFallback } from "../../ui/status.tsx";
import { ConsoleNav } from "./console-nav.tsx";
import { auditQueries } from "./queries.ts";

const ROWS = [
  "memberCities",
  "people",
  "publishedItems",
  "publishedCourses",
  "enrolments",
] as const satisfies (keyof PlatformFigures)[];

/** The platform's figures for administrators: totals and this month's new ones. */
export function FiguresPage() {
  const { t, i18n } = useTranslation();
  const figures = useQuery(auditQueries.figures());
  const data = figures.data;
  const number = new Intl.NumberFormat(i18n.language);
  const month = data
    ? new Intl.DateTimeFormat(i18n.language, {
        month: "long",
        year: "numeric",
        timeZone: "UTC",
      }).format(new Date(`${data.month}-01T00:00:00Z`))
    : "";
  return (
    <Page title={t("figures.title")}>
      <ConsoleNav />
      {data ? (
        <>
          <p>{t("figures.intro", { month })}</p>
          <table className="stacked-table figures-table">
            <caption className="visually-hidden">{t("figures.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("figures.what")}</th>
                <th scope="col">{t("figures.total")}</th>
                <th scope="col">{t("figures.thisMonth")}</th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map((name) => (
                <tr key={name}>
                  <th scope="row" data-label={t("figures.what")}>
                    {t(`figures.names.${name}`)}
                  </th>
                  <td data-label={t("figures.total")}>{number.format(data[name].total)}</td>
                  <td data-label={t("figures.thisMonth")}>{number.format(data[name].thisMonth)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : (
        <QueryFallback query={figures} label={t("figures.loading")} />
      )}
    </Page>
  );
}

export { FiguresPage as Component };
