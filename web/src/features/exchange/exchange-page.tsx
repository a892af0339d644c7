import type { FacetName, SearchPage } from "@alliance/core/web";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { lazy, Suspense, useId } from "react";
import { useTranslation } from "react-i18next";
import { withFacetValue } from "../../ui/facet-params.ts";
import { CheckboxGroup } from "../../ui/fields.tsx";
import { FiltersPanel } from "../../ui/filters-panel.tsx";
import { HydrationSlice } from "../../ui/hydration-slices.tsx";
import { KeywordSearch } from "../../ui/keyword-search.tsx";
import { Page } from "../../ui/page.tsx";
import { describe, type PublicPage } from "../../ui/page-head.ts";
import { PagedResults } from "../../ui/paged-results.tsx";
import { Loading, StatusMessage } from "../../ui/status.tsx";
import { useUrlFilters } from "../../ui/use-url-filters.ts";
import { useAuth } from "../auth/index.ts";
import { ItemCard } from "./item-card.tsx";
import { useLabels } from "./labels.ts";
import { exchangeQueries } from "./queries.ts";
import {
  activeFilterCount,
  emptyFacets,
  FACET_VALUES,
  FACETS,
  filtersFrom,
  paramsOf,
  type SearchFilters,
} from "./search-params.ts";

/** A member's form to save the search (zod's schemas): never loaded for a visitor (decision 0108). */
const SaveSearchForm = lazy(async () => ({
  default: (await import("./save-search-form.tsx")).SaveSearchForm,
}));

/** Facets whose every value is listed; the long ones list only values found. */
const SHORT_FACETS: ReadonlySet<FacetName> = new Set([
  "kind",
  "theme",
  "targetGroup",
  "stakeholder",
  "evidence",
]);

export function ExchangePage() {
  const { t, i18n } = useTranslation();
  const { state } = useAuth();
  const { filters, apply } = useUrlFilters(filtersFrom, paramsOf);
  const search = useInfiniteQuery({
    ...exchangeQueries.search(filters, i18n.resolvedLanguage ?? i18n.language),
    placeholderData: keepPreviousData,
  });
  const first = search.data?.pages[0];
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t("exchange.list.title")}>
      <p>{t("exchange.list.intro")}</p>
      {state.status === "signed-out" && <p>{t("exchange.list.membersSeeMore")}</p>}
      <KeywordSearch
        key={filters.q}
        initial={filters.q}
        onSearch={(q) => apply({ ...filters, q })}
        labels={{
          label: t("exchange.list.keyword"),
          hint: t("exchange.list.keywordHint"),
          button: t("exchange.list.search"),
        }}
      />
      <div className="exchange-layout">
        <HydrationSlice>
          <Filters filters={filters} page={first} onChange={apply} />
        </HydrationSlice>
        <section aria-labelledby="results-title" className="exchange-results">
          <h2 id="results-title" className="visually-hidden">
            {t("exchange.list.results")}
          </h2>
          <div className="results-bar">
            <StatusMessage tone="info">
              {search.isFetching && !search.isFetchingNextPage
                ? t("exchange.list.searching")
                : first
                  ? t("exchange.list.count", { count: first.total })
                  : undefined}
            </StatusMessage>
            <SortSelect filters={filters} onChange={apply} />
          </div>
          {state.status === "signed-in" && (
            <Suspense fallback={<Loading label={t("exchange.savedSearches.loadingForm")} />}>
              <SaveSearchForm filters={filters} />
            </Suspense>
          )}
          <PagedResults
            search={search}
            items={items}
            render={(item) => <ItemCard key={item.itemId} item={item} headingLevel={3} />}
            narrowed={activeFilterCount(filters) > 0 || Boolean(filters.q)}
            clearTo="/exchange"
            labels={{
              loading: t("exchange.list.loading"),
              empty: t("exchange.list.empty"),
              clear: t("exchange.list.clear"),
              more: t("exchange.list.more"),
              loadingMore: t("exchange.list.loadingMore"),
            }}
          />
        </section>
      </div>
    </Page>
  );
}

function SortSelect({
  filters,
  onChange,
}: {
  filters: SearchFilters;
  onChange: (next: SearchFilters) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="sort">
      <label htmlFor={id}>{t("exchange.list.sort")}</label>{" "}
      <select
        id={id}
        value={filters.sort}
        onChange={(event) =>
          onChange({ ...filters, sort: event.target.value === "updated" ? "updated" : "newest" })
        }
      >
        <option value="newest">{t("exchange.list.sortNewest")}</option>
        <option value="updated">{t("exchange.list.sortUpdated")}</option>
      </select>
    </div>
  );
}

function Filters({
  filters,
  page,
  onChange,
}: {
  filters: SearchFilters;
  page: SearchPage | undefined;
  onChange: (next: SearchFilters) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const active = activeFilterCount(filters);
  const title =
    active > 0 ? t("exchange.filters.titleActive", { count: active }) : t("exchange.filters.title");

  const toggle = (name: FacetName, value: string, checked: boolean) =>
    onChange(withFacetValue(filters, name, value, checked));

  return (
    <FiltersPanel
      title={title}
      active={active}
      clearLabel={t("exchange.filters.clear")}
      onClear={() =>
        onChange({
          ...filters,
          facets: emptyFacets(),
        })
      }
    >
      {FACETS.map((name) => {
        const counts = page?.facets[name] ?? {};
        const selected = filters.facets[name];
        const values = FACET_VALUES[name].filter(
          (value) => SHORT_FACETS.has(name) || (counts[value] ?? 0) > 0 || selected.includes(value),
        );
        if (values.length === 0) return null;
        const unsorted = values.map((value) => ({
          value,
          label: labels.facet(name, value),
          extra: page ? t("exchange.filters.count", { value: counts[value] ?? 0 }) : undefined,
        }));
        const options = SHORT_FACETS.has(name) ? unsorted : labels.byLabel(unsorted);
        return (
          <CheckboxGroup
            key={name}
            id={`facet-${name}`}
            legend={t(`exchange.filters.${name}`)}
            options={options}
            selected={selected}
            onToggle={(value, checked) => toggle(name, value, checked)}
          />
        );
      })}
    </FiltersPanel>
  );
}

export const handle: PublicPage = {
  prefetch: ({ url, queryClient, locale }) =>
    queryClient.prefetchInfiniteQuery(
      exchangeQueries.search(filtersFrom(url.searchParams), locale),
    ),
  head: ({ t }) => ({
    title: t("exchange.list.title"),
    description: describe(t("exchange.list.intro")),
  }),
};

export { ExchangePage as Component };
