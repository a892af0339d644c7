import type { DataService } from "../data/service.ts";
import type { ChangeConsumer } from "../stream/index.ts";
import { lessonsOf } from "./progress.ts";
import { progressStore } from "./progress-store.ts";

/**
 * `workshop-attendance` (decision 0072): when an event's organisers mark a person
 * attended, every workshop lesson that names the event is done for that person in
 * each course they are enrolled in (and the course completes, with its certificate,
 * when that was its last lesson). Idempotent: a lesson already done stays as it is,
 * so a retried batch changes nothing. Unmarking attendance does not undo a lesson,
 * as no progress is ever taken back.
 */
export function workshopAttendanceConsumer(
  data: DataService,
  now: () => Date = () => new Date(),
): ChangeConsumer {
  const { read, saveProgress, retrying } = progressStore(data, now);
  return {
    name: "workshop-attendance",
    wants: (change) =>
      change.entity === "eventLogEntry" &&
      change.kind === "insert" &&
      change.newImage?.action === "attendance-marked",
    async handle(change) {
      const { eventId, userId } = change.newImage ?? {};
      if (typeof eventId !== "string" || typeof userId !== "string") return;
      const [links, people] = await Promise.all([
        data.entities.workshopLesson.query.byEvent({ eventId }).go({ pages: "all" }),
        data.entities.user.query.byUserId({ userId }).go({ attributes: ["subject"] }),
      ]);
      const subject = people.data[0]?.subject;
      if (!subject) return; // the account was deleted meanwhile
      for (const { courseId, lessonId } of links.data) {
        await retrying(async () => {
          const { enrolment, course } = await read(subject, courseId);
          if (!enrolment || enrolment.status === "left" || !course) return true;
          const lesson = lessonsOf(course).find((each) => each.lessonId === lessonId);
          // The listed version may have dropped the lesson or named another event.
          if (lesson?.content.kind !== "workshop" || lesson.content.eventId !== eventId) {
            return true;
          }
          if (enrolment.done.includes(lessonId)) return true;
          const { saved } = await saveProgress(enrolment, course, { doneNow: [lessonId] });
          return saved ? true : null;
        });
      }
    },
  };
}
