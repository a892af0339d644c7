import type { City, CityDirectory, CityStatusLog, SimilarCities } from "@alliance/core/web";
import { queryOptions } from "@tanstack/react-query";
import { api, readJson } from "../../api/client.ts";

export interface CityPage {
  items: City[];
  cursor: string | null;
}

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
  everything: () => [...cityKeys.all, "everything"] as const,
  one: (cityId: string) => [...cityKeys.all, "one", cityId] as const,
  directory: () => [...cityKeys.all, "directory"] as const,
  log: (cityId: string) => [...cityKeys.all, "log", cityId] as const,
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
  /** The member directory: every city, with its status (decision 0034). */
  directory: () =>
    queryOptions({
      queryKey: cityKeys.directory(),
      queryFn: async ({ signal }): Promise<CityDirectory> =>
        readJson(await api.api.cities.directory.$get({}, { init: { signal } })),
      staleTime: 60_000,
    }),
  /** A city's membership log: its contributors and administrators. */
  log: (cityId: string) =>
    queryOptions({
      queryKey: cityKeys.log(cityId),
      queryFn: async ({ signal }): Promise<CityStatusLog> =>
        readJson(
          await api.api.cities[":cityId"]["membership-log"].$get(
            { param: { cityId } },
            { init: { signal } },
          ),
        ),
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
