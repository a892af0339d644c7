import type { CityLearningStats, CourseStats } from "@alliance/core/web";
import { queryOptions } from "@tanstack/react-query";
import { api, readJson } from "../../../api/client.ts";
import { fileNameFrom } from "./figures.ts";

/** Cache keys of the figures trainers and city contributors see. */
export const statisticsKeys = {
  all: ["statistics"] as const,
  course: (courseId: string) => [...statisticsKeys.all, "course", courseId] as const,
  city: (cityId: string) => [...statisticsKeys.all, "city", cityId] as const,
};

export const statisticsQueries = {
  course: (courseId: string) =>
    queryOptions({
      queryKey: statisticsKeys.course(courseId),
      queryFn: async ({ signal }): Promise<CourseStats> => {
        const response = await api.api.courses[":courseId"].stats.$get(
          { param: { courseId }, query: {} },
          { init: { signal } },
        );
        // Without `format=csv` the route answers JSON: leave its CSV branch out of the type.
        return readJson(response as Extract<typeof response, { status: 200 }>);
      },
    }),
  /** Totals for a city's members; only its contributors and administrators may ask. */
  city: (cityId: string) =>
    queryOptions({
      queryKey: statisticsKeys.city(cityId),
      queryFn: async ({ signal }): Promise<CityLearningStats> =>
        readJson(
          await api.api.cities[":cityId"].learning.$get(
            { param: { cityId } },
            { init: { signal } },
          ),
        ),
    }),
};

/** The course's figures as a CSV file, named as the API names it. */
export async function fetchCourseCsv(courseId: string): Promise<{ blob: Blob; fileName: string }> {
  const response = await api.api.courses[":courseId"].stats.$get({
    param: { courseId },
    query: { format: "csv" },
  });
  if (!response.ok) await readJson(response);
  return {
    blob: await response.blob(),
    fileName: fileNameFrom(
      response.headers.get("Content-Disposition"),
      `course-${courseId}-statistics.csv`,
    ),
  };
}
