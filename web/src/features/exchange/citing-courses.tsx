import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { exchangeQueries } from "./queries.ts";

/**
 * On an exchange item's page: the published courses that cite it. Extra, not
 * essential, so it renders nothing while loading, when there is none, or when
 * the request fails.
 */
export function CitingCourses({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const courses = useQuery({ ...exchangeQueries.citingCourses(itemId), retry: false });
  if (!courses.data || courses.data.length === 0) return null;
  return (
    <section aria-labelledby="citing-courses">
      <h2 id="citing-courses">{t("courses.citing.title")}</h2>
      <ul className="links">
        {courses.data.map((course) => (
          <li key={course.courseId}>
            <Link to={`/courses/${course.courseId}`} lang={course.language}>
              {course.title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
