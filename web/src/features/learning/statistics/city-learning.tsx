import type { City } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { QueryFallback } from "../../../ui/status.tsx";
import { FiguresTable } from "./figures-table.tsx";
import { statisticsQueries } from "./queries.ts";
import { useFigureFormat } from "./use-figure-format.ts";

/**
 * How many of a city's members enrolled in and completed each course: totals only.
 * Render it only for the city's contributors and administrators; it asks the API
 * as soon as it is shown.
 */
export function CityLearning({ city }: { city: Pick<City, "cityId" | "name"> }) {
  const { t } = useTranslation();
  const format = useFigureFormat();
  const figures = useQuery(statisticsQueries.city(city.cityId));
  const courses = figures.data?.courses;

  return (
    <section aria-labelledby="city-learning">
      <h2 id="city-learning">{t("statistics.city.title", { city: city.name })}</h2>
      <p className="field__hint">{t("statistics.city.privacy")}</p>
      {courses ? (
        courses.length === 0 ? (
          <p className="empty">{t("statistics.city.empty", { city: city.name })}</p>
        ) : (
          <FiguresTable caption={t("statistics.city.caption", { city: city.name })}>
            <thead>
              <tr>
                <th scope="col">{t("statistics.city.course")}</th>
                <th scope="col">{t("statistics.city.enrolled")}</th>
                <th scope="col">{t("statistics.city.completed")}</th>
              </tr>
            </thead>
            <tbody>
              {courses.map((course) => (
                <tr key={course.courseId}>
                  <th scope="row">
                    <Link to={`/courses/${course.courseId}`}>
                      {course.courseTitle || t("statistics.city.untitled")}
                    </Link>
                  </th>
                  <td className="figures__number">{format.number(course.enrolled)}</td>
                  <td className="figures__number">{format.number(course.completed)}</td>
                </tr>
              ))}
            </tbody>
          </FiguresTable>
        )
      ) : (
        <QueryFallback query={figures} label={t("statistics.city.loading")} />
      )}
    </section>
  );
}
