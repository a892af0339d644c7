import { CONTENT_LANGUAGES, COURSE_LEVELS, THEMES } from "@alliance/core/web";

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

export function emptyFacets(): Record<CatalogueFacet, string[]> {
  return { theme: [], language: [], level: [] };
}

/**
 * Reads a search from the URL. Unknown values are dropped rather than sent, so a
 * hand-edited or outdated link still shows courses instead of a 400.
 */
export function filtersFrom(params: URLSearchParams): CatalogueFilters {
  const facets = emptyFacets();
  for (const name of CATALOGUE_FACETS) {
    const values = params.getAll(name).flatMap((value) => value.split(","));
    facets[name] = [...new Set(values.filter((value) => FACET_VALUES[name].includes(value)))];
  }
  const duration = params.get("duration");
  return {
    q: (params.get("q") ?? "").trim().slice(0, 200),
    facets,
    duration: isDuration(duration) ? duration : null,
  };
}

/** The URL's search parameters for a search; empty filters are left out so links stay short. */
export function paramsOf(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q.trim()) params.set("q", filters.q.trim());
  for (const name of CATALOGUE_FACETS) {
    for (const value of filters.facets[name]) params.append(name, value);
  }
  if (filters.duration) params.set("duration", filters.duration);
  return params;
}

/** The API's query for a search (arrays repeat the parameter: any of the values). */
export function apiQueryOf(filters: CatalogueFilters): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  if (filters.q.trim()) query.q = filters.q.trim();
  for (const name of CATALOGUE_FACETS) {
    if (filters.facets[name].length > 0) query[name] = filters.facets[name];
  }
  if (filters.duration) {
    for (const [bound, minutes] of Object.entries(DURATIONS[filters.duration])) {
      query[bound] = String(minutes);
    }
  }
  return query;
}

/** How many filters are chosen (the keyword is not one). */
export function activeFilterCount(filters: CatalogueFilters): number {
  const facets = CATALOGUE_FACETS.reduce((count, name) => count + filters.facets[name].length, 0);
  return facets + (filters.duration ? 1 : 0);
}
