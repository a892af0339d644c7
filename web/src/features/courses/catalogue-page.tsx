import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { Page } from "../../ui/page.tsx";
import { QueryError } from "../../ui/query-error.tsx";
import { Loading, StatusMessage } from "../../ui/status.tsx";
import { FiltersPanel } from "./catalogue-filters.tsx";
import {
  activeFilterCount,
  type CatalogueFilters,
  filtersFrom,
  paramsOf,
} from "./catalogue-params.ts";
import { CourseCard } from "./course-card.tsx";
import { KeywordSearch } from "./keyword-search.tsx";
import { courseQueries } from "./queries.ts";

/** The academy's public catalogue: search and filters live in the URL, so links share them. */
function CataloguePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The URL is the truth, but the router applies it in a transition: show a change
  // at once (a ticked box stays ticked) and follow the URL when it moves (back, links).
  const query = params.toString();
  const [filters, setFilters] = useState(() => filtersFrom(params));
  useEffect(() => setFilters(filtersFrom(new URLSearchParams(query))), [query]);
  const search = useInfiniteQuery({
    ...courseQueries.catalogue(filters),
    placeholderData: keepPreviousData,
  });
  const first = search.data?.pages[0];
  const courses = search.data?.pages.flatMap((page) => page.items) ?? [];

  const apply = (next: CatalogueFilters) => {
    setFilters(next);
    setParams(paramsOf(next), { replace: true });
  };

  return (
    <Page title={t("courses.title")}>
      <p>{t("courses.catalogue.intro")}</p>
      <KeywordSearch
        key={filters.q}
        initial={filters.q}
        onSearch={(q) => apply({ ...filters, q })}
      />
      <div className="exchange-layout">
        <FiltersPanel filters={filters} onChange={apply} />
        <section aria-labelledby="results-title" className="exchange-results">
          <h2 id="results-title" className="visually-hidden">
            {t("courses.catalogue.results")}
          </h2>
          <div className="results-bar">
            <StatusMessage tone="info">
              {search.isFetching && !search.isFetchingNextPage
                ? t("courses.catalogue.searching")
                : first
                  ? t("courses.catalogue.count", { count: first.total })
                  : undefined}
            </StatusMessage>
          </div>
          {search.isPending ? (
            <Loading
              label={t("courses.catalogue.loading")}
              paused={search.fetchStatus === "paused"}
            />
          ) : search.isError && courses.length === 0 ? (
            <QueryError error={search.error} onRetry={() => void search.refetch()} />
          ) : courses.length === 0 ? (
            <div className="empty">
              <p>{t("courses.catalogue.empty")}</p>
              {(activeFilterCount(filters) > 0 || filters.q) && (
                <p>
                  <Link to="/courses">{t("courses.catalogue.clear")}</Link>
                </p>
              )}
            </div>
          ) : (
            <>
              <ul className="cards cards--list">
                {courses.map((course) => (
                  <CourseCard key={course.courseId} course={course} />
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
                    ? t("courses.catalogue.loadingMore")
                    : t("courses.catalogue.more")}
                </button>
              )}
            </>
          )}
        </section>
      </div>
    </Page>
  );
}

export { CataloguePage as Component };
