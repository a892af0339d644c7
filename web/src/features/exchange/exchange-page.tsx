import type { FacetName, SearchPage } from "@alliance/core/web";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { type FormEvent, useEffect, useId, useState, useSyncExternalStore } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { CheckboxGroup } from "../../ui/fields.tsx";
import { Page } from "../../ui/page.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { Loading, StatusMessage } from "../../ui/status.tsx";
import { useAuth } from "../auth/auth-context.tsx";
import { ItemCard } from "./item-card.tsx";
import { useLabels } from "./labels.ts";
import { exchangeQueries } from "./queries.ts";
import {
  activeFilterCount,
  FACET_VALUES,
  FACETS,
  filtersFrom,
  paramsOf,
  type SearchFilters,
} from "./search-params.ts";

/** Facets whose every value is listed; the long ones list only values found. */
const SHORT_FACETS: ReadonlySet<FacetName> = new Set([
  "kind",
  "theme",
  "targetGroup",
  "stakeholder",
  "evidence",
]);

export function ExchangePage() {
  const { t } = useTranslation();
  const { state } = useAuth();
  const [params, setParams] = useSearchParams();
  // The URL is the truth, but the router applies it in a transition: show a change
  // at once (a ticked box stays ticked) and follow the URL when it moves (back, links).
  const query = params.toString();
  const [filters, setFilters] = useState(() => filtersFrom(params));
  useEffect(() => setFilters(filtersFrom(new URLSearchParams(query))), [query]);
  const search = useInfiniteQuery({
    ...exchangeQueries.search(filters),
    placeholderData: keepPreviousData,
  });
  const first = search.data?.pages[0];
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];

  const apply = (next: SearchFilters) => {
    setFilters(next);
    setParams(paramsOf(next), { replace: true });
  };

  return (
    <Page title={t("exchange.list.title")}>
      <p>{t("exchange.list.intro")}</p>
      {state.status === "signed-out" && <p>{t("exchange.list.membersSeeMore")}</p>}
      <KeywordForm key={filters.q} initial={filters.q} onSearch={(q) => apply({ ...filters, q })} />
      <div className="exchange-layout">
        <Filters filters={filters} page={first} onChange={apply} />
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
          {search.isPending ? (
            <Loading label={t("exchange.list.loading")} paused={search.fetchStatus === "paused"} />
          ) : search.isError && items.length === 0 ? (
            <QueryError error={search.error} onRetry={() => void search.refetch()} />
          ) : items.length === 0 ? (
            <div className="empty">
              <p>{t("exchange.list.empty")}</p>
              {(activeFilterCount(filters) > 0 || filters.q) && (
                <p>
                  <Link to="/exchange">{t("exchange.list.clear")}</Link>
                </p>
              )}
            </div>
          ) : (
            <>
              <ul className="cards cards--list">
                {items.map((item) => (
                  <ItemCard key={item.itemId} item={item} />
                ))}
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
                  {search.isFetchingNextPage
                    ? t("exchange.list.loadingMore")
                    : t("exchange.list.more")}
                </button>
              )}
            </>
          )}
        </section>
      </div>
    </Page>
  );
}

function KeywordForm({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState(initial);
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch(q);
  };
  return (
    <search className="keyword-form">
      <form onSubmit={submit}>
        <label htmlFor="exchange-q">{t("exchange.list.keyword")}</label>
        <p id="exchange-q-hint" className="field__hint">
          {t("exchange.list.keywordHint")}
        </p>
        <div className="keyword-form__row">
          <input
            id="exchange-q"
            type="search"
            name="q"
            value={q}
            maxLength={200}
            aria-describedby="exchange-q-hint"
            onChange={(event) => setQ(event.target.value)}
          />
          <button type="submit" className="button">
            {t("exchange.list.search")}
          </button>
        </div>
      </form>
    </search>
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
  const wide = useWideScreen();
  // On a small screen the filters fold away, so the results are not pages down.
  const [open, setOpen] = useState(false);
  const title =
    active > 0 ? t("exchange.filters.titleActive", { count: active }) : t("exchange.filters.title");

  const toggle = (name: FacetName, value: string, checked: boolean) => {
    const current = filters.facets[name];
    const values = checked ? [...current, value] : current.filter((v) => v !== value);
    onChange({ ...filters, facets: { ...filters.facets, [name]: values } });
  };

  return (
    <section aria-labelledby="filters-title" className="filters">
      <h2 id="filters-title">
        {wide ? (
          title
        ) : (
          <button
            type="button"
            className="filters__toggle"
            aria-expanded={open}
            aria-controls="filters-body"
            onClick={() => setOpen(!open)}
          >
            {title}
          </button>
        )}
      </h2>
      <div id="filters-body" hidden={!wide && !open}>
        {active > 0 && (
          <p>
            <button
              type="button"
              className="link-button link-button--inline"
              onClick={() =>
                onChange({
                  ...filters,
                  facets: Object.fromEntries(FACETS.map((name) => [name, []])) as never,
                })
              }
            >
              {t("exchange.filters.clear")}
            </button>
          </p>
        )}
        {FACETS.map((name) => {
          const counts = page?.facets[name] ?? {};
          const selected = filters.facets[name];
          const values = FACET_VALUES[name].filter(
            (value) =>
              SHORT_FACETS.has(name) || (counts[value] ?? 0) > 0 || selected.includes(value),
          );
          if (values.length === 0) return null;
          const options = values
            .map((value) => ({
              value,
              label: labels.facet(name, value),
              extra: page ? t("exchange.filters.count", { value: counts[value] ?? 0 }) : undefined,
            }))
            .sort((a, b) => (SHORT_FACETS.has(name) ? 0 : a.label.localeCompare(b.label)));
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
      </div>
    </section>
  );
}

const WIDE = "(min-width: 48rem)";

/** Whether the filters sit beside the results (the CSS grid's breakpoint). */
function useWideScreen(): boolean {
  return useSyncExternalStore(
    (notify) => {
      const query = window.matchMedia(WIDE);
      query.addEventListener("change", notify);
      return () => query.removeEventListener("change", notify);
    },
    () => window.matchMedia(WIDE).matches,
  );
}

export { ExchangePage as Component };
