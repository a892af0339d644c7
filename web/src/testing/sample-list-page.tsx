import { keepPreviousData, queryOptions, useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { api, readJson } from "../api/client.ts";
import { pagedQueryOptions } from "../api/paged-query.ts";
import {
  chosenCount,
  type Facets,
  facetsFrom,
  keywordAndFacets,
  keywordFrom,
  withFacetValue,
} from "../ui/facet-params.ts";
import { CheckboxGroup } from "../ui/fields.tsx";
import { FiltersPanel } from "../ui/filters-panel.tsx";
import { KeywordSearch } from "../ui/keyword-search.tsx";
import { PagedResults } from "../ui/paged-results.tsx";
import { useUrlFilters } from "../ui/use-url-filters.ts";
import { answerJson, type SentRequest } from "./api-answers.ts";

const LEVELS = { level: ["introductory", "intermediate", "advanced"] };

interface Filters {
  q: string;
  facets: Facets<"level">;
}

const filtersFrom = (params: URLSearchParams): Filters => ({
  q: keywordFrom(params),
  facets: facetsFrom(params, LEVELS),
});
const paramsOf = (filters: Filters) => keywordAndFacets(filters.q, filters.facets).params;

/** The path of the sample list page. */
export const SAMPLE_LIST = "/list";

/**
 * A list page made of the ui kit as the catalogue is: a keyword, one checkbox filter,
 * results a page at a time from the catalogue's route, all kept in the URL.
 */
export function SampleListPage() {
  const { filters, apply } = useUrlFilters(filtersFrom, paramsOf);
  const search = useInfiniteQuery({
    ...pagedQueryOptions(["sample", filters], 2, async (page, signal) => {
      const { query } = keywordAndFacets(filters.q, filters.facets);
      return readJson(
        await api.api.courses.$get({ query: { ...query, ...page } }, { init: { signal } }),
      );
    }),
    placeholderData: keepPreviousData,
  });
  const items = search.data?.pages.flatMap((page) => page.items) ?? [];
  const active = chosenCount(filters.facets);
  return (
    <main>
      <KeywordSearch
        key={filters.q}
        initial={filters.q}
        onSearch={(q) => apply({ ...filters, q })}
        labels={{ label: "Keywords", hint: "Words of the title.", button: "Search" }}
      />
      <FiltersPanel
        title={active > 0 ? `Filters (${active})` : "Filters"}
        active={active}
        clearLabel="Clear the filters"
        onClear={() => apply({ ...filters, facets: { level: [] } })}
      >
        <CheckboxGroup
          id="level"
          legend="Level"
          options={LEVELS.level.map((value) => ({ value, label: value }))}
          selected={filters.facets.level}
          onToggle={(value, checked) => apply(withFacetValue(filters, "level", value, checked))}
        />
      </FiltersPanel>
      <section aria-label="Results">
        <PagedResults
          search={search}
          items={items}
          render={(course) => <li key={course.courseId}>{course.title}</li>}
          narrowed={active > 0 || Boolean(filters.q)}
          clearTo={SAMPLE_LIST}
          labels={{
            loading: "Loading the courses…",
            empty: "No course matches.",
            clear: "See all courses",
            more: "Show more courses",
            loadingMore: "Loading more courses…",
          }}
        />
      </section>
      <Link to="/elsewhere">Somewhere else</Link>
    </main>
  );
}

/** The catalogue's answer: `size` courses of these titles from `from` on, and the cursor after. */
export function cataloguePage(titles: string[], from = 0, size = titles.length): Response {
  const to = from + size;
  return answerJson({
    items: titles.slice(from, to).map((title, at) => ({ courseId: `crs_${from + at}`, title })),
    cursor: to < titles.length ? String(to) : null,
    total: titles.length,
    facets: { theme: {}, language: {}, level: {} },
  });
}

/** The catalogue's route answering courses of these titles a page at a time, by cursor. */
export function catalogueOf(titles: string[]) {
  return (call: SentRequest): Response =>
    cataloguePage(
      titles,
      Number(call.url.searchParams.get("cursor") ?? "0"),
      Number(call.url.searchParams.get("limit")),
    );
}

/** The catalogue's first page, read as one query (for pages that show a single answer). */
export const catalogueQuery = queryOptions({
  queryKey: ["catalogue"],
  queryFn: async ({ signal }) =>
    readJson(await api.api.courses.$get({ query: {} }, { init: { signal } })),
});
