import { useTranslation } from "react-i18next";
import { matchPath, NavLink, useLocation } from "react-router";
import { useAuth, useRoles, useSignOut } from "../features/auth/index.ts";
import { NavDisclosure } from "./nav-disclosure.tsx";

interface Entry {
  to: string;
  /** A key of nav.* */
  label: string;
}

/**
 * The workspaces a person's roles open, from their session (never from a request, so
 * the menu holds when the API fails). A contributor's "My city" shows for the role;
 * the page itself says when no city is assigned yet.
 */
function useWorkspaces(): Entry[] {
  const { isAdmin, isContributor, isTrainer } = useRoles();
  const entries: Entry[] = [];
  if (isContributor) entries.push({ to: "/my-city", label: "nav.myCity" });
  if (isContributor) entries.push({ to: "/exchange-requests", label: "nav.exchangeRequests" });
  if (isTrainer || isAdmin) entries.push({ to: "/teach", label: "nav.teach" });
  if (isAdmin) entries.push({ to: "/moderation", label: "nav.moderation" });
  if (isAdmin) entries.push({ to: "/admin/people", label: "nav.people" });
  if (isAdmin) entries.push({ to: "/admin/membership", label: "nav.membership" });
  if (isAdmin) entries.push({ to: "/admin/discussions", label: "nav.discussions" });
  // Administrators review observations there; everyone else has the picture in the menu.
  if (isAdmin) entries.push({ to: "/signals", label: "signals.nav" });
  return entries;
}

/**
 * Main navigation; NavLink marks the current page with aria-current="page". The role
 * workspaces share one "Your work" disclosure when there are several, so that an
 * administrator's whole menu stays on one line on a laptop and short on a phone.
 */
export function SiteNav() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const { signOut, pending } = useSignOut();
  const workspaces = useWorkspaces();
  const { isAdmin } = useRoles();
  const { pathname } = useLocation();
  const inWorkspace = workspaces.some((entry) =>
    matchPath({ path: entry.to, end: false }, pathname),
  );

  return (
    <nav aria-label={t("nav.label")} className="site-nav">
      <ul className="container site-nav__list">
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
          <NavLink to="/events">{t("nav.events")}</NavLink>
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
            {!isAdmin && (
              <li>
                <NavLink to="/signals">{t("signals.nav")}</NavLink>
              </li>
            )}
            {workspaces.length === 1 && workspaces[0] && (
              <li>
                <NavLink to={workspaces[0].to}>{t(workspaces[0].label)}</NavLink>
              </li>
            )}
            {workspaces.length > 1 && (
              <li>
                <NavDisclosure label={t("nav.work")} current={inWorkspace}>
                  {workspaces.map((entry) => (
                    <li key={entry.to}>
                      <NavLink to={entry.to}>{t(entry.label)}</NavLink>
                    </li>
                  ))}
                </NavDisclosure>
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
