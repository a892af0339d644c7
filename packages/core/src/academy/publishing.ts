import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { writeWithCatalogue } from "./catalogue-cards.ts";
import type { StoredDraft } from "./course.entity.ts";
import { COURSE_RULES } from "./course-policy.ts";
import type { CourseDraft, CourseVersionEntry } from "./schemas.ts";
import { loadOwnDraft, staleCourse } from "./trainers.ts";
import { citedItemIds, toCourseSummary, toDraft, toPublished, toSummaryItem } from "./views.ts";

/** Publishing is one transaction (at most 100 writes): five, plus one per workshop lesson. */
const MAX_WORKSHOP_LESSONS = 50;

const wrongStatus = (status: string, action: string) =>
  new VisibleError("conflict", "invalid-status", `A course that is ${status} cannot be ${action}.`);

/**
 * Publication: an immutable numbered version plus the catalogue's listing, its summary
 * and the catalogue item's card (decision 0104), in one transaction conditional on the
 * draft's version, on the listing still showing the previous version and on the
 * catalogue item's version, so a failed publish leaves nothing behind.
 */
export function publishingUseCases(data: DataService, now: () => Date = () => new Date()) {
  async function loadForTransition(courseId: string, expectedVersion: number) {
    const loaded = await loadOwnDraft(data, courseId);
    if (loaded.draft.version !== expectedVersion) throw staleCourse();
    return loaded;
  }

  /**
   * Sets the draft's status and hides the listing, its summary and its card in the
   * catalogue item together (decision 0104). The summary is rewritten from the listing
   * (read first, its version a condition of the transaction), so it is right even where
   * it was never written (decision 0025).
   */
  async function setListed(draft: StoredDraft, status: "unpublished" | "archived") {
    const at = now().toISOString();
    const version = draft.version + 1;
    const shown =
      draft.publishedVersion > 0
        ? (await data.entities.courseListing.get({ courseId: draft.courseId }).go()).data
        : null;
    const outcome = await writeWithCatalogue(
      data,
      { courseId: draft.courseId, card: null },
      ({ courseDraft, courseListing, courseSummary }) => [
        courseDraft
          .patch({ courseId: draft.courseId })
          .set({ status, updatedAt: at, version })
          .where((attributes, { eq }) => eq(attributes.version, draft.version))
          .commit(),
        ...(shown
          ? [
              courseListing
                .patch({ courseId: draft.courseId })
                .set({ listed: false })
                .where((attributes, { eq }) => eq(attributes.versionNumber, draft.publishedVersion))
                .commit(),
              courseSummary.put(toSummaryItem(shown.view, false)).commit(),
            ]
          : []),
      ],
      now,
    );
    if (outcome === "canceled") throw staleCourse();
    return toDraft({ ...draft, status, updatedAt: at, version });
  }

  return {
    async publish(courseId: string, expectedVersion: number): Promise<CourseDraft> {
      const { member, draft } = await loadForTransition(courseId, expectedVersion);
      if (!COURSE_RULES.publish(draft.status)) throw wrongStatus(draft.status, "published");
      const lessons = draft.modules.flatMap((module) => module.lessons);
      if (lessons.length === 0) {
        throw new VisibleError("input", "empty-course", "Add at least one lesson to publish.", [
          { field: "modules", message: "A course needs at least one lesson" },
        ]);
      }
      const workshopCount = lessons.filter((lesson) => lesson.content.kind === "workshop").length;
      if (workshopCount > MAX_WORKSHOP_LESSONS) {
        throw new VisibleError(
          "input",
          "too-many-workshops",
          `A course can name at most ${MAX_WORKSHOP_LESSONS} events as lessons.`,
          [{ field: "modules", message: `${workshopCount} workshop lessons` }],
        );
      }
      const missingFile = lessons.find(
        (lesson) => lesson.content.kind === "document" && !lesson.content.attachmentId,
      );
      if (missingFile) {
        throw new VisibleError(
          "input",
          "document-without-file",
          `The document lesson “${missingFile.title}” has no file yet.`,
          [{ field: "modules", message: `Upload a file for “${missingFile.title}”` }],
        );
      }
      const at = now().toISOString();
      const previous = draft.publishedVersion;
      const versionNumber = previous + 1;
      const view = toPublished(draft, versionNumber, at);
      const next = {
        status: "published" as const,
        publishedVersion: versionNumber,
        updatedAt: at,
        version: draft.version + 1,
      };
      const listing = {
        courseId,
        versionNumber,
        listed: true,
        ownerIds: draft.ownerIds,
        ...(draft.ownerSubjects && { ownerSubjects: draft.ownerSubjects }),
        view,
        citedItemIds: citedItemIds(draft.modules),
        publishedAt: at,
      };
      // Which events' attendance completes a lesson of this version (decision 0072).
      const workshops = lessons.flatMap((lesson) =>
        lesson.content.kind === "workshop"
          ? [{ eventId: lesson.content.eventId, courseId, lessonId: lesson.lessonId, linkedAt: at }]
          : [],
      );
      const outcome = await writeWithCatalogue(
        data,
        { courseId, card: toCourseSummary(view) },
        ({ courseDraft, courseVersion, courseListing, courseSummary, workshopLesson }) => [
          courseDraft
            .patch({ courseId })
            .set(next)
            .where((attributes, { eq }) => eq(attributes.version, draft.version))
            .commit(),
          courseVersion
            .create({
              courseId,
              versionNumber,
              course: { ...draft.fields, trainers: draft.trainers, modules: draft.modules },
              publishedAt: at,
              publishedBy: member.userId,
              publishedByName: member.displayName,
            })
            .commit(),
          previous === 0
            ? courseListing.create(listing).commit()
            : courseListing
                .patch({ courseId })
                .set({
                  versionNumber,
                  listed: true,
                  ownerIds: draft.ownerIds,
                  ...(draft.ownerSubjects && { ownerSubjects: draft.ownerSubjects }),
                  view,
                  citedItemIds: listing.citedItemIds,
                  publishedAt: at,
                })
                .where((attributes, { eq }) => eq(attributes.versionNumber, previous))
                .commit(),
          courseSummary.put(toSummaryItem(view, true)).commit(),
          ...workshops.map((link) => workshopLesson.put(link).commit()),
        ],
        now,
      );
      if (outcome === "canceled") throw staleCourse();
      return toDraft({ ...draft, ...next });
    },

    async unpublish(courseId: string, expectedVersion: number): Promise<CourseDraft> {
      const { draft } = await loadForTransition(courseId, expectedVersion);
      if (!COURSE_RULES.unpublish(draft.status)) throw wrongStatus(draft.status, "unpublished");
      return setListed(draft, "unpublished");
    },

    async archive(courseId: string, expectedVersion: number): Promise<CourseDraft> {
      const { draft } = await loadForTransition(courseId, expectedVersion);
      if (!COURSE_RULES.archive(draft.status)) throw wrongStatus(draft.status, "archived");
      return setListed(draft, "archived");
    },

    /** Every published version, newest first: who published it, and when. */
    async versions(courseId: string): Promise<CourseVersionEntry[]> {
      await loadOwnDraft(data, courseId);
      const result = await data.entities.courseVersion.query
        .byCourse({ courseId })
        .go({ pages: "all", order: "desc" });
      return result.data.map((entry) => ({
        versionNumber: entry.versionNumber,
        title: entry.course.title,
        publishedAt: entry.publishedAt,
        publishedBy: entry.publishedBy,
        publishedByName: entry.publishedByName,
      }));
    },
  };
}
