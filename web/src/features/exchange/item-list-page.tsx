import { type UseInfiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ApiError } from "../../api/client.ts";
import { Page } from "../../ui/page.tsx";
import { PagedResults } from "../../ui/paged-results.tsx";
import { StatusMessage } from "../../ui/status.tsx";
import { ItemCard } from "./item-card.tsx";
import type { ItemList } from "./queries.ts";

/** A paginated list of items with their statuses: the city's items, the moderation queue. */
export function ItemListPage({
  title,
  intro,
  query,
  empty,
  countKey,
  before,
  editable = false,
  refusals = {},
}: {
  title: string;
  intro: string;
  // biome-ignore lint/suspicious/noExplicitAny: the two lists' options differ only in their keys
  query: UseInfiniteQueryOptions<ItemList, Error, any, any, string | undefined>;
  empty: string;
  countKey: string;
  before?: ReactNode;
  editable?: boolean;
  /** What to say instead of an error when the API refuses with one of these codes. */
  refusals?: Record<string, ReactNode>;
}) {
  const { t } = useTranslation();
  const list = useInfiniteQuery(query);
  const items: ItemList["items"] =
    (list.data as { pages: ItemList[] } | undefined)?.pages.flatMap((page) => page.items) ?? [];
  const refusal = list.error instanceof ApiError ? refusals[list.error.problem.code] : undefined;

  return (
    <Page title={title}>
      <p>{intro}</p>
      {before}
      {refusal || (
        <PagedResults
          search={list}
          items={items}
          summary={
            <StatusMessage tone="info">{t(countKey, { count: items.length })}</StatusMessage>
          }
          render={(item) => (
            <ItemCard
              key={item.itemId}
              item={item}
              showStatus
              actions={
                editable && item.status !== "archived" ? (
                  <p>
                    <Link
                      to={`/exchange/items/${item.itemId}/edit`}
                      aria-label={t("exchange.manage.editNamed", { title: item.title })}
                    >
                      {t("exchange.manage.edit")}
                    </Link>
                  </p>
                ) : undefined
              }
            />
          )}
          labels={{
            loading: t("exchange.list.loading"),
            empty,
            more: t("exchange.list.more"),
            loadingMore: t("exchange.list.loadingMore"),
          }}
        />
      )}
    </Page>
  );
}
