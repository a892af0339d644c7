import type { UiLocale } from "@alliance/core/web";
import {
  type DehydratedState,
  dehydrate,
  hydrate,
  type QueryClient,
  type QueryKey,
} from "@tanstack/react-query";
import type { HydrationState } from "react-router";
import { ApiError } from "../api/client.ts";
import type { IntlValue } from "../ui/intl-texts.tsx";

/** What the server hands the browser with a rendered page, besides the router's own data. */
export interface SsrState {
  locale: UiLocale;
  /** The public site's address, for canonical URLs. */
  siteUrl: string;
  queries: DehydratedState;
  /** The router's state as rendered (StaticRouterProvider's own script would be inline). */
  router: HydrationState;
  /** The Intl texts the page was rendered with (ui/intl-texts.tsx); absent from older pages. */
  intl?: Record<string, IntlValue>;
  /**
   * The id of the deepest route the page matched (React Router's "0-0-3": the route's
   * place in the table), so that the browser finds its chunks without ranking the whole
   * table once more; absent from older pages.
   */
  route?: string;
}

const ELEMENT_ID = "alliance-ssr";

/**
 * The cache as the render left it: answers and API errors (a 404 page must hydrate as
 * a 404 page), nothing still loading. An API error travels as its problem details.
 */
export function dehydrateQueries(queryClient: QueryClient): DehydratedState {
  return dehydrate(queryClient, {
    shouldDehydrateQuery: (query) =>
      query.state.status === "success" ||
      (query.state.status === "error" && query.state.error instanceof ApiError),
    shouldRedactErrors: () => false,
  });
}

/**
 * The state as a JSON script element: data, not code, so the site's CSP (no inline
 * scripts) lets it be; `<` is escaped so that no text can close it.
 */
export function ssrStateHtml(state: SsrState): string {
  const json = JSON.stringify(state).replace(/</g, "\\u003c");
  return `<script type="application/json" id="${ELEMENT_ID}">${json}</script>`;
}

/** The server's state in this page, or null when the page is the app's shell. */
export function readSsrState(document: Document): SsrState | null {
  const element = document.getElementById(ELEMENT_ID);
  if (!element?.textContent) return null;
  return JSON.parse(element.textContent) as SsrState;
}

/** The cache keys the server filled, as a visitor: a member reads them again (see AppProviders). */
let fromServer: readonly QueryKey[] = [];

/** Fills the browser's cache with the server's, API errors as ApiError again. */
export function hydrateQueries(queryClient: QueryClient, state: DehydratedState): void {
  fromServer = state.queries.map((query) => query.queryKey);
  const queries = state.queries.map((query) => {
    const error = query.state.error as { problem?: ApiError["problem"] } | null | undefined;
    if (!error?.problem) return query;
    // The page shows the error as the server did, rather than loading again (a mismatch).
    queryClient.setQueryDefaults(query.queryKey, { retryOnMount: false });
    return { ...query, state: { ...query.state, error: new ApiError(error.problem) } };
  });
  hydrate(queryClient, { ...state, queries });
}

/**
 * The server renders what a visitor sees; once the browser knows that a member is
 * signed in, what the server filled is read again with their session (members see
 * contacts, members-only items, their bookmarks). Once: later queries carry the token.
 */
export function refetchServerQueries(queryClient: QueryClient): void {
  const keys = fromServer;
  fromServer = [];
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey, exact: true });
}
