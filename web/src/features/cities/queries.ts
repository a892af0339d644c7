import type { City, SimilarCities } from "@alliance/core/web";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";

export interface CityPage {
  items: City[];
  cursor: string | null;
}

const PAGE = 24;
/** Member cities are few (tens); the picker reads them all, within a safe bound. */
const PICKER_PAGE = 100;
const PICKER_MAX_PAGES = 20;

async function fetchPage(
  limit: number,
  cursor: string | undefined,
  signal: AbortSignal,
): Promise<CityPage> {
  const query = cursor ? { limit: String(limit), cursor } : { limit: String(limit) };
  return readJson(await api.api.cities.$get({ query }, { init: { signal } }));
}

export const cityKeys = {
  all: ["cities"] as const,
  pages: () => [...cityKeys.all, "pages", PAGE] as const,
  everything: () => [...cityKeys.all, "everything"] as const,
  one: (cityId: string) => [...cityKeys.all, "one", cityId] as const,
  similar: (cityId: string) => [...cityKeys.all, "similar", cityId] as const,
};

export const cityQueries = {
  /** One member city's profile. */
  one: (cityId: string) =>
    queryOptions({
      queryKey: cityKeys.one(cityId),
      queryFn: async ({ signal }): Promise<City> =>
        readJson(await api.api.cities[":cityId"].$get({ param: { cityId } }, { init: { signal } })),
      staleTime: 60_000,
    }),
  /** The member cities most like one city, with the reasons ("cities like mine"). */
  similar: (cityId: string) =>
    queryOptions({
      queryKey: cityKeys.similar(cityId),
      queryFn: async ({ signal }): Promise<SimilarCities> =>
        readJson(
          await api.api.cities[":cityId"].similar.$get(
            { param: { cityId }, query: {} },
            { init: { signal } },
          ),
        ),
      staleTime: 5 * 60_000,
    }),
  /** The directory, a page at a time ("Show more"). */
  pages: () =>
    infiniteQueryOptions({
      queryKey: cityKeys.pages(),
      queryFn: ({ pageParam, signal }) => fetchPage(PAGE, pageParam, signal),
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.cursor ?? undefined,
      staleTime: 5 * 60_000,
    }),
  /** Every member city, for pickers. */
  everything: () =>
    queryOptions({
      queryKey: cityKeys.everything(),
      queryFn: async ({ signal }): Promise<City[]> => {
        const cities: City[] = [];
        let cursor: string | undefined;
        for (let page = 0; page < PICKER_MAX_PAGES; page += 1) {
          const result = await fetchPage(PICKER_PAGE, cursor, signal);
          cities.push(...result.items);
          if (!result.cursor) break;
          cursor = result.cursor;
        }
        return cities;
      },
      staleTime: 5 * 60_000,
    }),
};
