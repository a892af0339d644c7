import type { UseInfiniteQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { QueryError } from "./query-error.tsx";
import { Loading } from "./status.tsx";

/**
 * A paged search's results: loading, failure, empty (with a way back to the whole
 * list when something narrowed it), the list, and "more" for the next page.
 */
export function PagedResults<T>({
  search,
  items,
  render,
  narrowed,
  clearTo,
  labels,
}: {
  search: UseInfiniteQueryResult;
  items: T[];
  render: (item: T) => ReactNode;
  /** Whether filters or keywords narrowed the search (the empty state offers to clear them). */
  narrowed: boolean;
  clearTo: string;
  /** Already translated. */
  labels: { loading: string; empty: string; clear: string; more: string; loadingMore: string };
}) {
  if (search.isPending) {
    return <Loading label={labels.loading} paused={search.fetchStatus === "paused"} />;
  }
  if (search.isError && items.length === 0) {
    return <QueryError error={search.error} onRetry={() => void search.refetch()} />;
  }
  if (items.length === 0) {
    return (
      <div className="empty">
        <p>{labels.empty}</p>
        {narrowed && (
          <p>
            <Link to={clearTo}>{labels.clear}</Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <>
      <ul className="cards cards--list">{items.map(render)}</ul>
      {search.isFetchNextPageError && (
        <QueryError error={search.error} onRetry={() => void search.fetchNextPage()} />
      )}
      {search.hasNextPage && (
        <button
          type="button"
          className="button button--secondary"
          aria-disabled={search.isFetchingNextPage || undefined}
          onClick={() => {
            if (!search.isFetchingNextPage) void search.fetchNextPage();
          }}
        >
          {search.isFetchingNextPage ? labels.loadingMore : labels.more}
        </button>
      )}
    </>
  );
}
