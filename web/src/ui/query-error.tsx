import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ApiError, RequestTimeoutError } from "../api/client.ts";

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
  if (error instanceof RequestTimeoutError) return t("errors.timeout");
  return t("errors.network");
}

/** What may pass on another try: a lost connection, a timeout, a server error, a rate limit. */
export function isRetryable(error: unknown): boolean {
  return !(error instanceof ApiError) || error.status >= 500 || [408, 429].includes(error.status);
}

/**
 * Why something could not load, and a way on that can work: try again after a lost
 * connection or a server error; sign in again (and come back) after a 401; for what is
 * missing or refused, which another try would not change, a link elsewhere (`wayOn`,
 * else the home page).
 */
export function QueryError({
  error,
  onRetry,
  wayOn,
}: {
  error: unknown;
  onRetry: () => void;
  wayOn?: { to: string; label: string };
}) {
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
      ) : isRetryable(error) ? (
        <button type="button" className="button button--secondary" onClick={onRetry}>
          {t("actions.retry")}
        </button>
      ) : (
        <Link className="button button--secondary" to={wayOn?.to ?? "/"}>
          {wayOn?.label ?? t("errors.home")}
        </Link>
      )}
    </div>
  );
}
