import type { CataloguePage, CoursePage } from "@alliance/core/web";
import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { api, readJson } from "../../../api/client.ts";
import { apiQueryOf, type CatalogueFilters } from "./catalogue-params.ts";

const PAGE = 20;

/** Cache keys of the public academy: the catalogue and course pages. */
export const courseKeys = {
  all: ["courses"] as const,
  catalogues: () => [...courseKeys.all, "catalogue"] as const,
  catalogue: (filters: CatalogueFilters) => [...courseKeys.catalogues(), filters] as const,
  course: (courseId: string) => [...courseKeys.all, "course", courseId] as const,
};

export const courseQueries = {
  catalogue: (filters: CatalogueFilters) =>
    infiniteQueryOptions({
      queryKey: courseKeys.catalogue(filters),
      queryFn: async ({ pageParam, signal }): Promise<CataloguePage> => {
        const query: Record<string, string | string[]> = {
          ...apiQueryOf(filters),
          limit: String(PAGE),
        };
        if (pageParam) query.cursor = pageParam;
        return readJson(await api.api.courses.$get({ query }, { init: { signal } }));
      },
      initialPageParam: undefined as string | undefined,
      getNextPageParam: (last) => last.cursor ?? undefined,
    }),
  course: (courseId: string) =>
    queryOptions({
      queryKey: courseKeys.course(courseId),
      queryFn: async ({ signal }): Promise<CoursePage> =>
        readJson(
          await api.api.courses[":courseId"].$get({ param: { courseId } }, { init: { signal } }),
        ),
    }),
};
