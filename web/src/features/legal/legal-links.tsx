import { useTranslation } from "react-i18next";
import { Link } from "react-router";

/** The legal pages' addresses, in the order the footer lists them. */
export const LEGAL_PAGES = [
  { path: "/privacy", label: "legal.privacy.title" },
  { path: "/accessibility", label: "legal.accessibility.link" },
  { path: "/terms", label: "legal.terms.title" },
  { path: "/cookies", label: "legal.cookies.title" },
] as const;

/** The footer's links to the legal pages: on every page, a navigation landmark of its own. */
export function LegalLinks() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("legal.footerLabel")} className="legal-links">
      <ul>
        {LEGAL_PAGES.map((page) => (
          <li key={page.path}>
            <Link to={page.path}>{t(page.label)}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
