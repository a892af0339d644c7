import { CONTENT_LANGUAGES, COURSE_LEVELS, THEMES } from "@alliance/core/web";
import {
  chosenCount,
  emptyFacets as emptyFacetsOf,
  facetsFrom,
  keywordAndFacets,
  keywordFrom,
} from "../../../ui/facet-params.ts";

/** The catalogue's checkbox filters: any value within one, every one across them. */
export const CATALOGUE_FACETS = ["theme", "language", "level"] as const;
export type CatalogueFacet = (typeof CATALOGUE_FACETS)[number];

export const FACET_VALUES: Record<CatalogueFacet, readonly string[]> = {
  theme: THEMES,
  language: CONTENT_LANGUAGES,
  level: COURSE_LEVELS,
};

/**
 * Duration ranges as the URL names them, with the bounds the API takes (both
 * inclusive, in minutes), so that the three ranges never overlap.
 */
export const DURATIONS = {
  short: { maxMinutes: 59 },
  medium: { minMinutes: 60, maxMinutes: 180 },
  long: { minMinutes: 181 },
} as const satisfies Record<string, { minMinutes?: number; maxMinutes?: number }>;
export type Duration = keyof typeof DURATIONS;
export const DURATION_NAMES = Object.keys(DURATIONS) as Duration[];

/** A catalogue search as the page holds it, and as the URL carries it. */
export interface CatalogueFilters {
  q: string;
  facets: Record<CatalogueFacet, string[]>;
  duration: Duration | null;
}

const isDuration = (value: string | null): value is Duration =>
  value !== null && (DURATION_NAMES as string[]).includes(value);

export const emptyFacets = () => emptyFacetsOf(CATALOGUE_FACETS);

/**
 * Reads a search from the URL. Unknown values are dropped rather than sent, so a
 * hand-edited or outdated link still shows courses instead of a 400.
 */
export function filtersFrom(params: URLSearchParams): CatalogueFilters {
  const duration = params.get("duration");
  return {
    q: keywordFrom(params),
    facets: facetsFrom(params, FACET_VALUES),
    duration: isDuration(duration) ? duration : null,
  };
}

/** The URL's search parameters for a search; empty filters are left out so links stay short. */
export function paramsOf(filters: CatalogueFilters): URLSearchParams {
  const { params } = keywordAndFacets(filters.q, filters.facets);
  if (filters.duration) params.set("duration", filters.duration);
  return params;
}

/** The API's query for a search (arrays repeat the parameter: any of the values). */
export function apiQueryOf(filters: CatalogueFilters): Record<string, string | string[]> {
  const { query } = keywordAndFacets(filters.q, filters.facets);
  if (filters.duration) {
    for (const [bound, minutes] of Object.entries(DURATIONS[filters.duration])) {
      query[bound] = String(minutes);
    }
  }
  return query;
}

/** How many filters are chosen (the keyword is not one). */
export function activeFilterCount(filters: CatalogueFilters): number {
  return chosenCount(filters.facets) + (filters.duration ? 1 : 0);
}
