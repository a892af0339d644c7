import type { DataService } from "../data/service.ts";

/** The entities a transaction callback receives. */
export type Tx = Parameters<Parameters<DataService["transaction"]["write"]>[0]>[0];

/**
 * ADDs `figures` to a course's totals and, when the learner belongs to a city, to
 * the city's figures for the course (keeping its title, which the city page shows).
 * Meant for the transaction that changes the learner's enrolment.
 */
export function totalsChange(
  tx: Tx,
  where: { courseId: string; cityId?: string | undefined; courseTitle?: string },
  figures: { enrolled?: number; completed?: number },
) {
  const { courseId, cityId, courseTitle } = where;
  const city = cityId ? tx.cityCourseCounter.update({ cityId, courseId }).add(figures) : null;
  return [
    tx.courseCounter.update({ courseId, scope: "course" }).add(figures).commit(),
    ...(city ? [(courseTitle ? city.set({ courseTitle }) : city).commit()] : []),
  ];
}
