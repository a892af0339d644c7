/*
 * Checkbox filters ("facets") in a list page's URL and in its API query: any
 * value within one facet, every facet across. Shared by the exchange's search and
 * the course catalogue; each page adds its own other filters.
 */

export type Facets<K extends string> = Record<K, string[]>;

/** `filters` with `value` ticked or unticked in facet `name`; the other filters unchanged. */
export function withFacetValue<K extends string, F extends { facets: Facets<K> }>(
  filters: F,
  name: K,
  value: string,
  checked: boolean,
): F {
  const current = filters.facets[name];
  const values = checked ? [...current, value] : current.filter((v) => v !== value);
  return { ...filters, facets: { ...filters.facets, [name]: values } };
}

export function emptyFacets<K extends string>(names: readonly K[]): Facets<K> {
  return Object.fromEntries(names.map((name) => [name, []])) as unknown as Facets<K>;
}

/** The URL's keyword, at most 200 characters. */
export const keywordFrom = (params: URLSearchParams) =>
  (params.get("q") ?? "").trim().slice(0, 200);

/**
 * Reads the facets from the URL (repeated or comma-separated). Unknown values are
 * dropped rather than sent, so a hand-edited or outdated link still shows results
 * instead of a 400.
 */
export function facetsFrom<K extends string>(
  params: URLSearchParams,
  allowed: Record<K, readonly string[]>,
): Facets<K> {
  const names = Object.keys(allowed) as K[];
  const facets = emptyFacets(names);
  for (const name of names) {
    const values = params.getAll(name).flatMap((value) => value.split(","));
    facets[name] = [...new Set(values.filter((value) => allowed[name].includes(value)))];
  }
  return facets;
}

/** URL parameters (or API query) for the keyword and facets; empty ones are left out. */
export function keywordAndFacets<K extends string>(
  q: string,
  facets: Facets<K>,
): { params: URLSearchParams; query: Record<string, string | string[]> } {
  const params = new URLSearchParams();
  const query: Record<string, string | string[]> = {};
  if (q.trim()) {
    params.set("q", q.trim());
    query.q = q.trim();
  }
  for (const [name, values] of Object.entries<string[]>(facets)) {
    for (const value of values) params.append(name, value);
    if (values.length > 0) query[name] = values;
  }
  return { params, query };
}

/** How many facet values are chosen. */
export const chosenCount = <K extends string>(facets: Facets<K>) =>
  Object.values<string[]>(facets).reduce((count, values) => count + values.length, 0);
