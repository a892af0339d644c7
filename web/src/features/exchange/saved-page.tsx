import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { Page } from "../../ui/page.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { Loading, StatusMessage } from "../../ui/status.tsx";
import { ItemCard } from "./item-card.tsx";
import { exchangeQueries, useBookmark } from "./queries.ts";
import { SavedSearches } from "./saved-searches.tsx";

/** The signed-in person's saved items, each with a way to forget it. */
export function SavedPage() {
  const { t } = useTranslation();
  const saved = useQuery(exchangeQueries.bookmarks());
  const bookmark = useBookmark();
  const [removed, setRemoved] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const unsave = (itemId: string, title: string) => {
    if (bookmark.isPending) return;
    setFailed(false);
    bookmark.mutate(
      { itemId, saved: false },
      { onSuccess: () => setRemoved(title), onError: () => setFailed(true) },
    );
  };

  return (
    <Page title={t("exchange.saved.title")}>
      <p>{t("exchange.saved.intro")}</p>
      <StatusMessage tone="info">
        {failed
          ? t("exchange.bookmark.notice.failed")
          : removed
            ? t("exchange.saved.removed", { title: removed })
            : undefined}
      </StatusMessage>
      {saved.isPending ? (
        <Loading label={t("exchange.saved.loading")} paused={saved.fetchStatus === "paused"} />
      ) : saved.isError ? (
        <QueryError error={saved.error} onRetry={() => void saved.refetch()} />
      ) : saved.data.length === 0 ? (
        <p className="empty">
          {t("exchange.saved.empty")} <Link to="/exchange">{t("exchange.saved.browse")}</Link>
        </p>
      ) : (
        <ul className="cards cards--list">
          {saved.data.map((item) => (
            <ItemCard
              key={item.itemId}
              item={item}
              actions={
                <button
                  type="button"
                  className="button button--secondary"
                  aria-disabled={bookmark.isPending || undefined}
                  aria-label={t("exchange.saved.removeNamed", { title: item.title })}
                  onClick={() => unsave(item.itemId, item.title)}
                >
                  {t("exchange.saved.remove")}
                </button>
              }
            />
          ))}
        </ul>
      )}
      <SavedSearches />
    </Page>
  );
}

export { SavedPage as Component };
