import type { CataloguePage, CoursePage } from "@alliance/core/web";
import { queryOptions } from "@tanstack/react-query";
import { api, readJson } from "../../../api/client.ts";
import { pagedQueryOptions } from "../../../api/paged-query.ts";
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
    pagedQueryOptions(
      courseKeys.catalogue(filters),
      PAGE,
      async (page, signal): Promise<CataloguePage> =>
        readJson(
          await api.api.courses.$get(
            { query: { ...apiQueryOf(filters), ...page } },
            { init: { signal } },
          ),
        ),
    ),
  course: (courseId: string) =>
    queryOptions({
      queryKey: courseKeys.course(courseId),
      queryFn: async ({ signal }): Promise<CoursePage> =>
        readJson(
          await api.api.courses[":courseId"].$get({ param: { courseId } }, { init: { signal } }),
        ),
    }),
};
