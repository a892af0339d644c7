import { useTranslation } from "react-i18next";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import record from "./accessibility-record.json" with { type: "json" };
import { LegalDocument } from "./legal-document.tsx";
import { legalText } from "./legal-text.ts";

const checks = record.journeys.reduce((sum, journey) => sum + journey.checks.length, 0);

const TEXT = legalText("accessibility");
/**
 * The accessibility statement (Directive (EU) 2016/2102, the Commission's model). What
 * the browser tests check comes from accessibility-record.json, generated from the e2e
 * suite and kept in step with it by tests/docs/accessibility-record.test.ts.
 */
export function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <LegalDocument title={t("legal.accessibility.title")} text={TEXT} marker="tested">
      <section aria-labelledby="tested-heading">
        <h2 id="tested-heading">{t("legal.accessibility.tested.title")}</h2>
        <p>
          {t("legal.accessibility.tested.summary", {
            pages: record.pages.length,
            checks,
            journeys: record.journeys.length,
            axe: record.axeCore,
            rules: record.rules.join(", "),
          })}
        </p>
        <h3>{t("legal.accessibility.tested.pages")}</h3>
        <ul className="legal-list">
          {record.pages.map((page) => (
            <li key={`${page.path} ${page.as}`}>
              <code>{page.path}</code> – {t(`legal.accessibility.who.${page.as}`)}
            </li>
          ))}
        </ul>
        <h3>{t("legal.accessibility.tested.journeys")}</h3>
        <p>{t("legal.accessibility.tested.labels")}</p>
        {record.journeys.map((journey) => (
          <section key={journey.file} aria-labelledby={`journey-${journey.file}`}>
            <h4 id={`journey-${journey.file}`} lang="en">
              {journey.title}
            </h4>
            <ul className="legal-list">
              {journey.checks.map((check, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list; a label may repeat
                <li key={index}>
                  <span lang="en">{check}</span>: {t("legal.accessibility.tested.passed")}
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
    </LegalDocument>
  );
}

export const handle: PublicPage = {
  head: ({ t }) => ({
    title: t("legal.accessibility.title"),
    description: describe(t("legal.accessibility.description")),
  }),
};

export { AccessibilityPage as Component };
