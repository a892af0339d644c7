import { ApiError } from "@alliance/api/client";
import type { ItemSummary, SearchPage } from "@alliance/core/web";
import { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { describe, expect, it } from "vitest";
import { renderStatic } from "../../testing/render-static.tsx";
import { AuthProvider } from "../auth/index.ts";
import { ExchangePage } from "./exchange-page.tsx";
import { MyCityPage } from "./my-city-page.tsx";
import { exchangeQueries } from "./queries.ts";
import { SavedPage } from "./saved-page.tsx";
import { filtersFrom } from "./search-params.ts";

const item: ItemSummary = {
  itemId: "xch_1",
  kind: "initiative",
  status: "published",
  title: "One front door",
  summary: "",
  cityId: "cty_1",
  cityName: "Aarhus",
  country: "DK",
  themes: [],
  targetGroups: [],
  stakeholders: [],
  languages: ["en"],
  evidenceLevel: "self-assessed",
  tags: [],
  visibility: "public",
  updatedAt: "2026-03-01T10:00:00.000Z",
  lastReviewedAt: null,
  publishedAt: "2026-03-01T10:00:00.000Z",
  outdated: false,
  revisionStatus: null,
};

function render(node: ReactNode, queryClient: QueryClient, lng: "en" | "fr" = "en") {
  return renderStatic(<AuthProvider>{node}</AuthProvider>, { queryClient, lng });
}

describe("lists of exchange items", () => {
  it("title search results one level below the results' heading", () => {
    const queryClient = new QueryClient();
    const page: SearchPage = {
      items: [item],
      cursor: null,
      total: 1,
      facets: {
        kind: {},
        theme: {},
        targetGroup: {},
        stakeholder: {},
        country: {},
        language: {},
        evidence: {},
      },
    };
    const filters = filtersFrom(new URLSearchParams());
    queryClient.setQueryData(exchangeQueries.search(filters).queryKey, {
      pages: [page],
      pageParams: [undefined],
    });
    const html = render(<ExchangePage />, queryClient);
    expect(html).toMatch(/<h2 id="results-title"[^>]*>/);
    expect(html).toContain('<h3 lang="en"><a href="/exchange/items/xch_1"');
  });

  it("name each item's actions in one phrase, the item's title quoted", () => {
    const queryClient = new QueryClient();
    queryClient.setQueryData(exchangeQueries.cityItems().queryKey, {
      pages: [{ items: [item], cursor: null }],
      pageParams: [undefined],
    });
    queryClient.setQueryData(exchangeQueries.bookmarks().queryKey, [item]);
    expect(render(<MyCityPage />, queryClient)).toMatch(
      /aria-label="Edit “One front door”"[^>]*>Edit<\/a>/,
    );
    expect(render(<MyCityPage />, queryClient, "fr")).toMatch(
      /aria-label="Modifier «\u202fOne front door\u202f»"[^>]*>Modifier<\/a>/,
    );
    expect(render(<SavedPage />, queryClient)).toContain(
      'aria-label="Remove from saved: “One front door”"',
    );
  });

  it("tell a contributor without a city that an administrator assigns it, not that it failed", () => {
    // The list's request has failed already: rendering shows that, without fetching again.
    const queryClient = new QueryClient({
      defaultOptions: { queries: { retryOnMount: false, refetchOnMount: false } },
    });
    const { queryKey } = exchangeQueries.cityItems();
    const query = queryClient.getQueryCache().build(queryClient, { queryKey });
    query.setState({
      status: "error",
      fetchStatus: "idle",
      error: new ApiError({
        type: "about:blank",
        title: "Forbidden",
        status: 403,
        detail: "Your profile names no city yet.",
        code: "city-required",
        instance: "",
      }),
    });
    const html = render(<MyCityPage />, queryClient);
    expect(html).toContain("No city is assigned to your account yet.");
    expect(html).not.toContain("Try again");
    expect(html).not.toContain('role="alert"');
  });
});
