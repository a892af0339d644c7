import { requireRole } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import type { PlatformFigures } from "./schemas.ts";

/** Courses whose enrolments are read at once (two reads each). */
const COURSES_AT_ONCE = 8;

const count = <T>(items: T[], isNew: (item: T) => boolean) => ({
  total: items.length,
  thisMonth: items.filter(isNew).length,
});

/**
 * The figures are read from the lists the platform already keeps, each one paged Query
 * projected to the attributes it counts (decision 0048): the cities' index, the people's
 * index, the exchange catalogue, the course listings, and the course counters, plus one
 * Query per course of its enrolments active this month. No Scan, no counter to keep in
 * step; at the expected size (300 cities, 5 000 people, 10 000 items) a few thousand read
 * units per look, which an administrator's dashboard can afford.
 */
export function platformFiguresUseCases(data: DataService, now: () => Date = () => new Date()) {
  const { city, user, exchangeItem, courseSummary, courseCounter, enrolment } = data.entities;
  return {
    async figures(): Promise<PlatformFigures> {
      requireRole("admin");
      const month = now().toISOString().slice(0, 7);
      const since = `${month}-01`;
      const isNew = (date: string | null | undefined) => Boolean(date && date >= since);
      const [cities, people, items, courses] = await Promise.all([
        city.query
          .byName({})
          .go({ pages: "all", attributes: ["membershipStatus", "memberSince", "createdAt"] }),
        user.query.byName({}).go({ pages: "all", attributes: ["createdAt"] }),
        exchangeItem.query
          .catalog({})
          .where(({ status }, { eq }) => eq(status, "published"))
          .go({ pages: "all", attributes: ["publishedAt"] }),
        courseSummary.query
          .catalogue({})
          .go({ pages: "all", attributes: ["courseId", "publishedAt"] }),
      ]);
      const members = cities.data.filter(
        (each) => !each.membershipStatus || each.membershipStatus === "active",
      );
      // A few courses at a time: hundreds of courses each asked at once would be hundreds
      // of concurrent Queries, which time out (503) when several administrators look.
      const perCourse: { total: number; thisMonth: number }[] = [];
      for (let start = 0; start < courses.data.length; start += COURSES_AT_ONCE) {
        const batch = courses.data.slice(start, start + COURSES_AT_ONCE);
        perCourse.push(
          ...(await Promise.all(
            batch.map(async ({ courseId }) => {
              const [totals, recent] = await Promise.all([
                courseCounter.get({ courseId, scope: "course" }).go({ attributes: ["enrolled"] }),
                enrolment.query
                  .byCourseActivity({ courseId })
                  .gte({ lastActiveAt: since })
                  .where(({ enrolledAt }, { gte }) => gte(enrolledAt, since))
                  .go({ pages: "all", attributes: ["courseId"] }),
              ]);
              return { total: totals.data?.enrolled ?? 0, thisMonth: recent.data.length };
            }),
          )),
        );
      }
      return {
        month,
        memberCities: count(members, (each) => isNew(each.memberSince ?? each.createdAt)),
        people: count(people.data, (each) => isNew(each.createdAt)),
        publishedItems: count(items.data, (each) => isNew(each.publishedAt)),
        publishedCourses: count(courses.data, (each) => isNew(each.publishedAt)),
        enrolments: {
          total: perCourse.reduce((sum, each) => sum + each.total, 0),
          thisMonth: perCourse.reduce((sum, each) => sum + each.thisMonth, 0),
        },
      };
    },
  };
}
