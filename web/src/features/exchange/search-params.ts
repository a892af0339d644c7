import {
  CONTENT_LANGUAGES,
  COUNTRIES,
  EVIDENCE_LEVELS,
  type FacetName,
  ITEM_KINDS,
  idPattern,
  type SavedSearchView,
  type SearchQuery,
  STAKEHOLDERS,
  TARGET_GROUPS,
  THEMES,
} from "@alliance/core/web";
import {
  chosenCount,
  emptyFacets as emptyFacetsOf,
  facetsFrom,
  keywordAndFacets,
  keywordFrom,
} from "../../ui/facet-params.ts";

export type SearchSort = SearchQuery["sort"];

/** A search as the list page holds it, and as the URL carries it. */
export interface SearchFilters {
  q: string;
  facets: Record<FacetName, string[]>;
  cityId: string[];
  sort: SearchSort;
}

/** The values each facet accepts, in the taxonomy's own order. */
export const FACET_VALUES: Record<FacetName, readonly string[]> = {
  kind: ITEM_KINDS,
  theme: THEMES,
  targetGroup: TARGET_GROUPS,
  stakeholder: STAKEHOLDERS,
  country: COUNTRIES,
  language: CONTENT_LANGUAGES,
  evidence: EVIDENCE_LEVELS,
};

/**
 * The facets in the order the page shows them. Taken from FACET_VALUES (whose type
 * demands every facet) rather than core's FACETS: that lives beside the zod
 * schemas, and importing it would bring zod into the list page.
 */
export const FACETS = Object.keys(FACET_VALUES) as FacetName[];

const cityIdPattern = idPattern("cty");

export const emptyFacets = () => emptyFacetsOf(FACETS);

/**
 * Reads a search from the URL. Unknown values are dropped rather than sent, so a
 * hand-edited or outdated link still shows results instead of a 400.
 */
export function filtersFrom(params: URLSearchParams): SearchFilters {
  const sort = params.get("sort");
  return {
    q: keywordFrom(params),
    facets: facetsFrom(params, FACET_VALUES),
    cityId: [...new Set(params.getAll("cityId").filter((id) => cityIdPattern.test(id)))],
    sort: sort === "updated" ? "updated" : "newest",
  };
}

/** The URL's search parameters for a search; defaults are left out so links stay short. */
export function paramsOf(filters: SearchFilters): URLSearchParams {
  const { params } = keywordAndFacets(filters.q, filters.facets);
  for (const id of filters.cityId) params.append("cityId", id);
  if (filters.sort !== "newest") params.set("sort", filters.sort);
  return params;
}

/** The API's query for a search (arrays repeat the parameter: any of the values). */
export function apiQueryOf(filters: SearchFilters): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {
    sort: filters.sort,
    ...keywordAndFacets(filters.q, filters.facets).query,
  };
  if (filters.cityId.length > 0) query.cityId = filters.cityId;
  return query;
}

export function activeFilterCount(filters: SearchFilters): number {
  return chosenCount(filters.facets);
}

/** A search as the API saves it (decision 0079): the same parameters as its query. */
export function criteriaOf(filters: SearchFilters): SavedSearchView["criteria"] {
  const { sort: _sort, ...query } = apiQueryOf(filters);
  const lists = Object.fromEntries(
    Object.entries(query).map(([name, value]) => [name, name === "q" ? value : [value].flat()]),
  );
  return { ...lists, sort: filters.sort };
}

/** The exchange page's address of a saved search, read as any link to it would be. */
export function searchLinkOf(criteria: SavedSearchView["criteria"]): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(criteria)) {
    for (const one of [value ?? []].flat()) params.append(name, String(one));
  }
  const search = paramsOf(filtersFrom(params)).toString();
  return search ? `/exchange?${search}` : "/exchange";
}
