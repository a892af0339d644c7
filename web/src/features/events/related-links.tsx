import type { EventView } from "@alliance/core/web";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { courseQueries } from "../academy/index.ts";
import { exchangeQueries } from "../exchange/index.ts";

/** A related course by its title (its id until the title arrives). */
function CourseLink({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  const course = useQuery(courseQueries.course(courseId));
  return (
    <li>
      <Link to={`/courses/${courseId}`}>{course.data?.title ?? t("events.related.course")}</Link>
    </li>
  );
}

function ItemLink({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const item = useQuery(exchangeQueries.item(itemId));
  return (
    <li>
      <Link to={`/exchange/items/${itemId}`}>{item.data?.title ?? t("events.related.item")}</Link>
    </li>
  );
}

/** The courses and practices an event relates to, as links to them. */
export function RelatedLinks({ event }: { event: EventView }) {
  const { t } = useTranslation();
  if (event.relatedCourseIds.length + event.relatedItemIds.length === 0) return null;
  return (
    <section aria-labelledby="event-related">
      <h2 id="event-related">{t("events.related.title")}</h2>
      <ul>
        {event.relatedCourseIds.map((courseId) => (
          <CourseLink key={courseId} courseId={courseId} />
        ))}
        {event.relatedItemIds.map((itemId) => (
          <ItemLink key={itemId} itemId={itemId} />
        ))}
      </ul>
    </section>
  );
}
