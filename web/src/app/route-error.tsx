import { useTranslation } from "react-i18next";
import { useRouteError } from "react-router";

/**
 * Shown inside the layout when a page fails, most often because its code could not
 * be downloaded on a weak connection: say so plainly and offer to try again.
 */
export function RouteError() {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <div className="notice notice--error" role="alert">
      <h1>{t("routeError.title")}</h1>
      <p>{t("routeError.body")}</p>
      <button type="button" className="button" onClick={() => window.location.reload()}>
        {t("actions.retry")}
      </button>
    </div>
  );
}
