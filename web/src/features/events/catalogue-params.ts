import {
  CONTENT_LANGUAGES,
  COUNTRIES,
  EVENT_FORMATS,
  EVENT_TYPES,
  type EventListQuery,
  THEMES,
} from "@alliance/core/web";

/** The catalogue's choices, each one value or none; `when` is upcoming unless past. */
export const CATALOGUE_FILTERS = {
  type: EVENT_TYPES,
  theme: THEMES,
  language: CONTENT_LANGUAGES,
  country: COUNTRIES,
  format: EVENT_FORMATS,
} as const;

export type CatalogueFilter = keyof typeof CATALOGUE_FILTERS;
export const FILTER_NAMES = Object.keys(CATALOGUE_FILTERS) as CatalogueFilter[];

export interface CatalogueFilters {
  when: "upcoming" | "past";
  chosen: Partial<Record<CatalogueFilter, string>>;
}

/**
 * The filters in the URL. A value the API does not know is dropped rather than
 * sent, so an outdated link still lists events instead of failing with a 400.
 */
export function filtersFrom(params: URLSearchParams): CatalogueFilters {
  const chosen: CatalogueFilters["chosen"] = {};
  for (const name of FILTER_NAMES) {
    const value = params.get(name);
    if (value && (CATALOGUE_FILTERS[name] as readonly string[]).includes(value)) {
      chosen[name] = value;
    }
  }
  return { when: params.get("when") === "past" ? "past" : "upcoming", chosen };
}

export function paramsOf(filters: CatalogueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.when === "past") params.set("when", "past");
  for (const name of FILTER_NAMES) {
    const value = filters.chosen[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** The API's query for these filters (the API's own parameter names). */
export function catalogueQuery(filters: CatalogueFilters): Record<string, string> {
  const query: Record<string, string> = { when: filters.when };
  for (const name of FILTER_NAMES) {
    const value = filters.chosen[name];
    if (value) query[name] = value;
  }
  return query satisfies Partial<Record<keyof EventListQuery, string>>;
}

export const activeFilterCount = (filters: CatalogueFilters) =>
  FILTER_NAMES.filter((name) => filters.chosen[name]).length;
