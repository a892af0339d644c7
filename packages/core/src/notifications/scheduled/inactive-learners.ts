import { cardOf } from "../../academy/course-summary.entity.ts";
import type { DataService } from "../../data/service.ts";
import { DAY_MS, isoMinus, isoPlus, type JobSummary, notifyDue } from "./due.ts";

export const INACTIVE_DAYS = 14;
/**
 * How far back a stretch of inactivity is still looked for: a missed day of the job is
 * caught up, and a stretch is told once, well inside a notification's 180 days (its
 * key would be free again once it expired).
 */
export const CATCH_UP_DAYS = 30;

/**
 * `inactive-learners` (daily): a learner who enrolled in a course, has not completed or
 * left it, and has done nothing in it for 14 days is told once for that stretch: the key
 * holds the last activity, so coming back and stopping again makes a new stretch. Read
 * per course from the enrolments' activity index, newest activity in the window only.
 */
export async function remindInactiveLearners(data: DataService, now: Date): Promise<JobSummary> {
  const courses = await data.entities.courseSummary.query
    .catalogue({})
    .go({ pages: "all", attributes: ["courseId", "card"] });
  const due = [];
  for (const summary of courses.data) {
    const course = { courseId: summary.courseId, title: cardOf(summary).title };
    const enrolments = await data.entities.enrolment.query
      .byCourseActivity({ courseId: course.courseId })
      .between(
        { lastActiveAt: isoMinus(now, (INACTIVE_DAYS + CATCH_UP_DAYS) * DAY_MS) },
        { lastActiveAt: isoMinus(now, INACTIVE_DAYS * DAY_MS) },
      )
      .go({ pages: "all", attributes: ["subject", "status", "lastActiveAt"] });
    for (const { subject, status, lastActiveAt } of enrolments.data) {
      if (status !== "active") continue;
      const profile = await data.entities.user.get({ subject }).go({ attributes: ["userId"] });
      if (!profile.data) continue;
      due.push({
        key: `course-inactive\n${course.courseId}\n${subject}\n${lastActiveAt}`,
        dueAt: isoPlus(lastActiveAt, INACTIVE_DAYS * DAY_MS),
        draft: {
          recipientId: profile.data.userId,
          kind: "course-inactive" as const,
          params: { title: course.title },
          link: `/courses/${course.courseId}`,
        },
      });
    }
  }
  return notifyDue(data, due);
}
