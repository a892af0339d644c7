import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ApiError } from "../api/client.ts";

/** A translated sentence for a failed request, with the request id when there is one. */
export function describeRequestError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const reference = error.problem.requestId
      ? ` ${t("errors.reference", { id: error.problem.requestId })}`
      : "";
    if (error.status === 401) return t("errors.signedOut");
    if (error.status === 403) return t("errors.forbidden");
    if (error.status === 404) return t("errors.notFound");
    if (error.status === 429) return t("errors.tooMany");
    if (error.status >= 500) return t("errors.server") + reference;
    return t("errors.generic") + reference;
  }
  return t("errors.network");
}

/** Why something could not load, and a way on: try again, or sign in again after a 401. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const signedOut = error instanceof ApiError && error.status === 401;
  return (
    <div className="notice notice--error" role="alert">
      <p>{describeRequestError(error, t)}</p>
      {signedOut ? (
        <Link className="button" to={`/sign-in?next=${encodeURIComponent(pathname + search)}`}>
          {t("nav.signIn")}
        </Link>
      ) : (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t("actions.retry")}
        </button>
      )}
    </div>
  );
}
