import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { ApiError } from "../../api/client.ts";
import { Page } from "../../ui/page.tsx";
import { QueryError } from "../../ui/query-error.tsx";

/**
 * Why an item cannot be shown, said so that the reader knows what to do: sign in
 * (a members-only item, 401), nothing (it does not exist: 404, or a malformed id:
 * 400; retrying cannot help), or try again (anything else).
 */
export function ItemUnavailable({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { pathname, search } = useLocation();
  const status = error instanceof ApiError ? error.status : null;
  if (status === 401) {
    return (
      <Page title={t("exchange.unavailable.membersTitle")}>
        <p>{t("exchange.unavailable.members")}</p>
        <p>
          <Link className="button" to={`/sign-in?next=${encodeURIComponent(pathname + search)}`}>
            {t("exchange.unavailable.signIn")}
          </Link>
        </p>
      </Page>
    );
  }
  if (status === 404 || status === 400) {
    return (
      <Page title={t("exchange.unavailable.missingTitle")}>
        <p>{t("exchange.unavailable.missing")}</p>
        <p>
          <Link to="/exchange">{t("exchange.unavailable.browse")}</Link>
        </p>
      </Page>
    );
  }
  return (
    <Page title={t("exchange.item.title")}>
      <QueryError error={error} onRetry={onRetry} />
    </Page>
  );
}
