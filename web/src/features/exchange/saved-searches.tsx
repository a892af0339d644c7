import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryError } from "../../ui/query-error.tsx";
import { Loading, StatusMessage } from "../../ui/status.tsx";
import { exchangeQueries, useDeleteSavedSearch } from "./queries.ts";
import { searchLinkOf } from "./search-params.ts";

/** The person's saved searches (decision 0079), each to open on the exchange page or delete. */
export function SavedSearches() {
  const { t } = useTranslation();
  const searches = useQuery(exchangeQueries.savedSearches());
  const remove = useDeleteSavedSearch();
  const [notice, setNotice] = useState<string | undefined>();

  const forget = (savedSearchId: string, name: string) => {
    if (remove.isPending) return;
    setNotice(undefined);
    remove.mutate(savedSearchId, {
      onSuccess: () => setNotice(t("exchange.savedSearches.deleted", { name })),
      onError: () => setNotice(t("exchange.savedSearches.deleteFailed")),
    });
  };

  return (
    <section aria-labelledby="saved-searches" className="saved-searches">
      <h2 id="saved-searches" tabIndex={-1}>
        {t("exchange.savedSearches.title")}
      </h2>
      <p>{t("exchange.savedSearches.intro")}</p>
      <StatusMessage tone="info">{notice}</StatusMessage>
      {searches.isPending ? (
        <Loading
          label={t("exchange.savedSearches.loading")}
          paused={searches.fetchStatus === "paused"}
        />
      ) : searches.isError ? (
        <QueryError error={searches.error} onRetry={() => void searches.refetch()} />
      ) : searches.data.items.length === 0 ? (
        <p className="empty">
          {t("exchange.savedSearches.empty")}{" "}
          <Link to="/exchange">{t("exchange.saved.browse")}</Link>
        </p>
      ) : (
        <ul className="saved-search-list">
          {searches.data.items.map((search) => (
            <li key={search.savedSearchId}>
              <span className="saved-search-name">{search.name}</span>{" "}
              <Link
                to={searchLinkOf(search.criteria)}
                aria-label={t("exchange.savedSearches.openNamed", { name: search.name })}
              >
                {t("exchange.savedSearches.open")}
              </Link>{" "}
              <button
                type="button"
                className="button button--secondary"
                aria-disabled={remove.isPending || undefined}
                aria-label={t("exchange.savedSearches.deleteNamed", { name: search.name })}
                onClick={() => forget(search.savedSearchId, search.name)}
              >
                {t("exchange.savedSearches.delete")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
