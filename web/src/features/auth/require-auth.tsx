import { useTranslation } from "react-i18next";
import { Navigate, Outlet, useLocation } from "react-router";
import { Loading } from "../../ui/status.tsx";
import { useAuth } from "./auth-context.tsx";

/** Guards the routes below it: signed-out visitors go to sign in and come back after. */
export function RequireAuth() {
  const { t } = useTranslation();
  const { state, leaving } = useAuth();
  const location = useLocation();

  if (state.status === "checking") return <Loading label={t("auth.checking")} />;
  if (state.status === "signed-out") {
    if (leaving) return null;
    const next = `${location.pathname}${location.search}`;
    return (
      <Navigate
        to={`/sign-in?next=${encodeURIComponent(next)}`}
        replace
        state={{ flash: "signInFirst" }}
      />
    );
  }
  return <Outlet />;
}
