import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";

/** The administrators' console: people, the audit log and the figures, one link away. */
export function ConsoleNav() {
  const { t } = useTranslation();
  return (
    <nav aria-label={t("console.label")} className="console-nav">
      <ul>
        <li>
          <NavLink to="/admin/people" end>
            {t("console.people")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/admin/audit">{t("console.audit")}</NavLink>
        </li>
        <li>
          <NavLink to="/admin/figures">{t("console.figures")}</NavLink>
        </li>
      </ul>
    </nav>
  );
}
