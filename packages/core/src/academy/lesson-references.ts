import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { StoredDraft } from "./course.entity.ts";
import type { LessonContent } from "./schemas.ts";

/*
 * What a lesson points at outside itself: exchange items it cites, the file of a
 * document lesson and the event of a workshop lesson. All are checked when the
 * lesson is written, so a published course never links to nothing.
 */

/** Refuses citations of anything but published exchange items (one BatchGetItem). */
export async function checkCitations(
  data: DataService,
  citations: readonly string[],
  alreadyCited: ReadonlySet<string>,
): Promise<void> {
  const fresh = [...new Set(citations)].filter((itemId) => !alreadyCited.has(itemId));
  if (fresh.length === 0) return;
  const found = await data.entities.exchangeItem
    .get(fresh.map((itemId) => ({ itemId })))
    .go({ attributes: ["itemId", "status"] });
  const published = new Set(
    found.data.filter((item) => item.status === "published").map((item) => item.itemId),
  );
  const missing = fresh.filter((itemId) => !published.has(itemId));
  if (missing.length > 0) {
    throw new VisibleError(
      "input",
      "unknown-citation",
      "A lesson can only cite published exchange items.",
      [
        {
          field: "citations",
          message: `No published exchange item has the id ${missing.join(", ")}`,
        },
      ],
    );
  }
}

/** Every citation in the draft now: editing a lesson never re-checks what it already cited. */
export const citedInDraft = (draft: StoredDraft) =>
  new Set(draft.modules.flatMap((module) => module.lessons.flatMap((lesson) => lesson.citations)));

/** A document lesson names a file uploaded to this course; its name comes from the upload. */
export function withDocument(draft: StoredDraft, content: LessonContent): LessonContent {
  if (content.kind !== "document" || content.attachmentId === null) return content;
  const file = (draft.documents ?? []).find(
    (document) => document.attachmentId === content.attachmentId,
  );
  if (!file) {
    throw new VisibleError("input", "unknown-document", "Upload the file to this course first.", [
      {
        field: "content.attachmentId",
        message: "No file with this id was uploaded to this course",
      },
    ]);
  }
  return { ...content, fileName: file.fileName };
}

/** A SCORM lesson names a package of this course that passed its check (decision 0084). */
export async function checkScormPackage(
  data: DataService,
  courseId: string,
  content: LessonContent,
): Promise<void> {
  if (content.kind !== "scorm") return;
  const found = await data.entities.scormPackage
    .get({ courseId, packageId: content.packageId })
    .go({ attributes: ["packageId", "status"] });
  if (found.data?.status !== "ready") {
    throw new VisibleError(
      "input",
      "unknown-scorm-package",
      "A SCORM lesson names a package of this course that is ready.",
      [
        {
          field: "content.packageId",
          message: found.data
            ? `The package ${content.packageId} is ${found.data.status}, not ready`
            : `This course has no package ${content.packageId}`,
        },
      ],
    );
  }
}

/** A workshop lesson names a published event (decision 0072); one GetItem. */
export async function checkWorkshop(data: DataService, content: LessonContent): Promise<void> {
  if (content.kind !== "workshop") return;
  const found = await data.entities.event
    .get({ eventId: content.eventId })
    .go({ attributes: ["eventId", "status"] });
  if (found.data?.status !== "published") {
    throw new VisibleError(
      "input",
      "unknown-event",
      "A workshop lesson names a published event of the platform.",
      [{ field: "content.eventId", message: `No published event has the id ${content.eventId}` }],
    );
  }
}
