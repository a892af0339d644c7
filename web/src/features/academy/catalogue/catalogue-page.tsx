import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { HydrationSlice } from "../../../ui/hydration-slices.tsx";
import { KeywordSearch } from "../../../ui/keyword-search.tsx";
import { Page } from "../../../ui/page.tsx";
import { describe, type PublicPage } from "../../../ui/page-head.ts";
import { PagedResults } from "../../../ui/paged-results.tsx";
import { StatusMessage } from "../../../ui/status.tsx";
import { useUrlFilters } from "../../../ui/use-url-filters.ts";
import { FiltersPanel } from "./catalogue-filters.tsx";
import { activeFilterCount, filtersFrom, paramsOf } from "./catalogue-params.ts";
import { CourseCard } from "./course-card.tsx";
import { courseQueries } from "./queries.ts";

/** The academy's public catalogue: search and filters live in the URL, so links share them. */
function CataloguePage() {
  const { t } = useTranslation();
  const { filters, apply } = useUrlFilters(filtersFrom, paramsOf);
  const search = useInfiniteQuery({
    ...courseQueries.catalogue(filters),
    placeholderData: keepPreviousData,
  });
  const first = search.data?.pages[0];
  const courses = search.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <Page title={t("courses.title")}>
      <p>{t("courses.catalogue.intro")}</p>
      <KeywordSearch
        key={filters.q}
        initial={filters.q}
        onSearch={(q) => apply({ ...filters, q })}
        labels={{
          label: t("courses.catalogue.keyword"),
          hint: t("courses.catalogue.keywordHint"),
          button: t("courses.catalogue.search"),
        }}
      />
      <div className="exchange-layout">
        <HydrationSlice>
          <FiltersPanel filters={filters} page={first} onChange={apply} />
        </HydrationSlice>
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
          <PagedResults
            search={search}
            items={courses}
            render={(course) => (
              <CourseCard key={course.courseId} course={course} headingLevel={3} />
            )}
            narrowed={activeFilterCount(filters) > 0 || Boolean(filters.q)}
            clearTo="/courses"
            labels={{
              loading: t("courses.catalogue.loading"),
              empty: t("courses.catalogue.empty"),
              clear: t("courses.catalogue.clear"),
              more: t("courses.catalogue.more"),
              loadingMore: t("courses.catalogue.loadingMore"),
            }}
          />
        </section>
      </div>
    </Page>
  );
}

export const handle: PublicPage = {
  prefetch: ({ url, queryClient }) =>
    queryClient.prefetchInfiniteQuery(courseQueries.catalogue(filtersFrom(url.searchParams))),
  head: ({ t }) => ({
    title: t("courses.title"),
    description: describe(t("courses.catalogue.intro")),
  }),
};

export { CataloguePage as Component };
