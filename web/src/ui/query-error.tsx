import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { ApiError } from "../api/client.ts";

/** A translated sentence for a failed request, with the request id when there is one. */
export function describeRequestError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const reference = error.problem.requestId
      ? ` ${t("errors.reference", { id: error.problem.requestId })}`
      : "";
    if (error.status === 401) return t("errors.signedOut");
    if (error.status === 404) return t("errors.notFound");
    if (error.status === 429) return t("errors.tooMany");
    if (error.status >= 500) return t("errors.server") + reference;
    return t("errors.generic") + reference;
  }
  return t("errors.network");
}

/** Why something could not load, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--error" role="alert">
      <p>{describeRequestError(error, t)}</p>
      <button type="button" className="button button--secondary" onClick={onRetry}>
        {t("actions.retry")}
      </button>
    </div>
  );
}
