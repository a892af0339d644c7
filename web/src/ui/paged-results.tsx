import type { UseInfiniteQueryResult } from "@tanstack/react-query";
import { isValidElement, type ReactNode } from "react";
import { Link } from "react-router";
import { HydrationSlice } from "./hydration-slices.tsx";
import { QueryError } from "./query-error.tsx";
import { Loading } from "./status.tsx";

/** What a paged list says, already translated. */
interface PagedLabels {
  loading: string;
  empty: string;
  more: string;
  loadingMore: string;
}

/**
 * Whether filters or keywords narrowed the search: when they leave nothing, the empty
 * state offers the whole list at `clearTo` (`labels.clear`). A list nothing narrows
 * (a queue, a person's items) leaves all three out.
 */
type Narrowing =
  | { narrowed: boolean; clearTo: string; labels: PagedLabels & { clear: string } }
  | { narrowed?: never; clearTo?: never; labels: PagedLabels };

/**
 * A paged search's results: loading, failure, empty (with a way back to the whole
 * list when something narrowed it), the list, and "more" for the next page.
 */
export function PagedResults<T>({
  search,
  items,
  render,
  summary,
  grid = false,
  ...narrowing
}: {
  search: UseInfiniteQueryResult;
  items: T[];
  render: (item: T) => ReactNode;
  /** Said above the list once it has items (how many, in a live region, say). */
  summary?: ReactNode;
  /** Cards side by side, as many as fit, rather than one per row. */
  grid?: boolean;
} & Narrowing) {
  const { labels } = narrowing;
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
        {narrowing.narrowed && (
          <p>
            <Link to={narrowing.clearTo}>{narrowing.labels.clear}</Link>
          </p>
        )}
      </div>
    );
  }
  return (
    <>
      {summary}
      <ul className={grid ? "cards" : "cards cards--list"}>
        {items.map((item, index) => {
          // Each card hydrates in a task of its own (decision 0117).
          const card = render(item);
          return (
            <HydrationSlice key={isValidElement(card) && card.key !== null ? card.key : index}>
              {card}
            </HydrationSlice>
          );
        })}
      </ul>
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
