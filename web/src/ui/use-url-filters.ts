import { useEffect, useState } from "react";
import { useSearchParams } from "react-router";

/**
 * Filters kept in the URL, so a search can be shared and survives going back.
 * The URL is the truth, but the router applies it in a transition: show a change
 * at once (a ticked box stays ticked) and follow the URL when it moves (back, links).
 */
export function useUrlFilters<F>(
  filtersFrom: (params: URLSearchParams) => F,
  paramsOf: (filters: F) => URLSearchParams,
) {
  const [params, setParams] = useSearchParams();
  const query = params.toString();
  const [filters, setFilters] = useState(() => filtersFrom(params));
  // biome-ignore lint/correctness/useExhaustiveDependencies: the query string is what changes
  useEffect(() => setFilters(filtersFrom(new URLSearchParams(query))), [query]);
  const apply = (next: F) => {
    setFilters(next);
    setParams(paramsOf(next), { replace: true });
  };
  return { filters, apply };
}
