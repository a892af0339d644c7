import { cardOf } from "../academy/index.ts";
import { currentMember, requireUser } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { totalsChange } from "./counters.ts";
import type { StoredEnrolment } from "./enrolment.entity.ts";
import { lessonsOf, progressOf, progressSummaryOf } from "./progress.ts";
import { courseGone, notEnrolled, type ProgressStore } from "./progress-store.ts";
import type { CourseProgress, MyLearning, ProgressSummary } from "./schemas.ts";

/** Enrolling in a course, leaving it, and the learner's courses with their progress. */
export function enrolmentUseCases(data: DataService, store: ProgressStore, now: () => Date) {
  const { read, retrying } = store;
  return {
    /** Enrols the caller; enrolling again (or after leaving) keeps earlier progress. */
    async enrol(courseId: string): Promise<{ progress: CourseProgress; created: boolean }> {
      const member = await currentMember(data);
      const subject = member.actor.subject;
      return retrying(async () => {
        const { enrolment, listing, course } = await read(subject, courseId);
        if (!course || !listing?.listed) throw courseGone();
        if (enrolment && enrolment.status !== "left") {
          return { progress: progressOf(course, enrolment), created: false };
        }
        const at = now().toISOString();
        const cityId = enrolment ? enrolment.cityId : (member.cityId ?? undefined);
        const next: StoredEnrolment = enrolment
          ? { ...enrolment, status: "active", lastActiveAt: at, version: enrolment.version + 1 }
          : {
              subject,
              courseId,
              ...(cityId && { cityId }),
              status: "active",
              enrolledAt: at,
              lastActiveAt: at,
              done: [],
              known: lessonsOf(course).map((lesson) => lesson.lessonId),
              quizzes: {},
              version: 1,
            };
        const result = await data.transaction
          .write((tx) => [
            enrolment
              ? tx.enrolment
                  .patch({ subject, courseId })
                  .set({ status: "active", lastActiveAt: at, version: next.version })
                  .where((attributes, { eq }) => eq(attributes.version, enrolment.version))
                  .commit()
              : tx.enrolment.create(next).commit(),
            ...totalsChange(tx, { courseId, cityId, courseTitle: course.title }, { enrolled: 1 }),
          ])
          .go();
        return result.canceled ? null : { progress: progressOf(course, next), created: true };
      });
    },

    /** Leaves a course in progress: it leaves "My learning"; progress is kept for a return. */
    async leave(courseId: string): Promise<void> {
      const { subject } = requireUser();
      await retrying(async () => {
        const { enrolment } = await read(subject, courseId);
        if (!enrolment || enrolment.status === "left") throw notEnrolled();
        if (enrolment.status === "completed") {
          throw new VisibleError(
            "conflict",
            "course-completed",
            "A completed course stays in your learning record with its certificate.",
          );
        }
        const { cityId } = enrolment;
        const result = await data.transaction
          .write((tx) => [
            tx.enrolment
              .patch({ subject, courseId })
              .set({ status: "left", version: enrolment.version + 1 })
              .where((attributes, { eq }) => eq(attributes.version, enrolment.version))
              .commit(),
            ...totalsChange(tx, { courseId, cityId }, { enrolled: -1 }),
          ])
          .go();
        return result.canceled ? null : true;
      });
    },

    /**
     * Every course the caller follows or completed: one Query, one BatchGetItem of the
     * courses' summaries (decision 0025), not of their whole learner views.
     */
    async mine(): Promise<MyLearning> {
      const { subject } = requireUser();
      const found = await data.entities.enrolment.query.byLearner({ subject }).go({ pages: "all" });
      const current = found.data.filter((each) => each.status !== "left");
      if (current.length === 0) return { inProgress: [], completed: [] };
      const cards = await data.entities.courseSummary
        .get(current.map(({ courseId }) => ({ courseId })))
        .go({ attributes: ["courseId", "card", "lessons"] });
      const courses = new Map(cards.data.map((card) => [card.courseId, card]));
      const summaries = current.flatMap((enrolment) => {
        const card = courses.get(enrolment.courseId);
        return card ? [progressSummaryOf(cardOf(card), card.lessons, enrolment)] : [];
      });
      const by =
        (key: "lastActiveAt" | "completedAt") => (a: ProgressSummary, b: ProgressSummary) =>
          (b[key] ?? "").localeCompare(a[key] ?? "");
      return {
        inProgress: summaries.filter((each) => each.status === "active").sort(by("lastActiveAt")),
        completed: summaries.filter((each) => each.status === "completed").sort(by("completedAt")),
      };
    },

    /** The caller's progress in one course. */
    async progress(courseId: string): Promise<CourseProgress> {
      const { subject } = requireUser();
      const { enrolment, course } = await read(subject, courseId);
      if (!enrolment || enrolment.status === "left" || !course) throw notEnrolled();
      return progressOf(course, enrolment);
    },
  };
}
