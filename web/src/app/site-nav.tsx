import { useTranslation } from "react-i18next";
import { NavLink } from "react-router";
import { useAuth } from "../features/auth/auth-context.tsx";
import { useSignOut } from "../features/auth/use-sign-out.ts";
import { useMe } from "../features/exchange/use-me.ts";

/** Main navigation; NavLink marks the current page with aria-current="page". */
export function SiteNav() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const { signOut, pending } = useSignOut();
  const { isAdmin, isContributor, isTrainer } = useMe();

  return (
    <nav aria-label={t("nav.label")} className="site-nav">
      <ul className="container">
        <li>
          <NavLink to="/" end>
            {t("nav.home")}
          </NavLink>
        </li>
        <li>
          <NavLink to="/exchange">{t("nav.exchange")}</NavLink>
        </li>
        <li>
          <NavLink to="/courses">{t("nav.courses")}</NavLink>
        </li>
        <li>
          <NavLink to="/cities">{t("nav.cities")}</NavLink>
        </li>
        {state.status === "signed-in" && (
          <>
            <li>
              <NavLink to="/learning">{t("nav.learning")}</NavLink>
            </li>
            <li>
              <NavLink to="/saved">{t("nav.saved")}</NavLink>
            </li>
            {isContributor && (
              <li>
                <NavLink to="/my-city">{t("nav.myCity")}</NavLink>
              </li>
            )}
            {(isTrainer || isAdmin) && (
              <li>
                <NavLink to="/teach">{t("nav.teach")}</NavLink>
              </li>
            )}
            {isAdmin && (
              <li>
                <NavLink to="/moderation">{t("nav.moderation")}</NavLink>
              </li>
            )}
            <li>
              <NavLink to="/profile">{t("nav.profile")}</NavLink>
            </li>
            <li>
              <button
                type="button"
                className="link-button"
                aria-disabled={pending || undefined}
                onClick={() => void signOut()}
              >
                {pending ? t("nav.signingOut") : t("nav.signOut")}
              </button>
            </li>
          </>
        )}
        {state.status === "signed-out" && (
          <>
            <li>
              <NavLink to="/sign-in">{t("nav.signIn")}</NavLink>
            </li>
            <li>
              <NavLink to="/sign-up">{t("nav.signUp")}</NavLink>
            </li>
          </>
        )}
      </ul>
    </nav>
  );
}
