import { infiniteQueryOptions, type QueryKey } from "@tanstack/react-query";

/** The query parameters of one page: its size, and after the first page the cursor. */
export type PageQuery = { limit: string; cursor?: string };

/**
 * Options for a list the API pages with an opaque cursor, read a page at a
 * time ("Show more"): `fetchPage` reads one page given its query parameters.
 */
export function pagedQueryOptions<Page extends { cursor?: string | null }, Key extends QueryKey>(
  queryKey: Key,
  pageSize: number,
  fetchPage: (page: PageQuery, signal: AbortSignal) => Promise<Page>,
) {
  return infiniteQueryOptions({
    queryKey,
    queryFn: ({ pageParam, signal }) =>
      fetchPage(
        pageParam ? { limit: String(pageSize), cursor: pageParam } : { limit: String(pageSize) },
        signal,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.cursor ?? undefined,
  });
}
