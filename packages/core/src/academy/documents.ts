import { optionalMember } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import {
  type AttachmentStore,
  type AttachmentUpload,
  type AttachmentUploadRequest,
  type Listed,
  type StoredAttachment,
  uploadPipeline,
} from "../exchange/index.ts";
import type { StoredDraft } from "./course.entity.ts";
import type { CourseDraft } from "./schemas.ts";
import { courseNotFound, loadOwnDraft, ownsCourse, staleCourse } from "./trainers.ts";
import { toDraft } from "./views.ts";

/** Files one course may hold for its document lessons. */
export const DOCUMENTS_PER_COURSE = 50;

export const documentKey = (courseId: string, attachmentId: string) =>
  `courses/${courseId}/${attachmentId}`;

const documentNotFound = () =>
  new VisibleError("not-found", "document-not-found", "This course has no such document.");

/**
 * Files of document lessons, through the exchange's upload pipeline: presigned
 * PUT, then a confirm step where the server checks a copy's size and type by
 * its first bytes before the draft lists that copy. `pendingUpload.itemId`
 * holds the course id.
 */
export function courseDocumentUseCases(
  data: DataService,
  store: AttachmentStore,
  now: () => Date = () => new Date(),
) {
  const uploads = uploadPipeline(data, store, { noun: "course", folderOf: documentKey }, now);

  async function loadEditable(courseId: string) {
    const loaded = await loadOwnDraft(data, courseId);
    if (loaded.draft.status === "archived") {
      throw new VisibleError("conflict", "invalid-status", "An archived course cannot be edited.");
    }
    return loaded;
  }

  /** Adds `file` to the draft's documents; retried if the draft changed meanwhile. */
  async function append(draft: StoredDraft, file: StoredAttachment): Promise<Listed<CourseDraft>> {
    for (let attempt = 0; ; attempt += 1) {
      const documents = draft.documents ?? [];
      const listed = documents.find((each) => each.attachmentId === file.attachmentId);
      if (listed) return { value: toDraft(draft), listed };
      const next = {
        documents: [...documents, file],
        updatedAt: now().toISOString(),
        version: draft.version + 1,
      };
      const { courseId } = draft;
      const result = await data.transaction
        .write(({ courseDraft, pendingUpload }) => [
          courseDraft
            .patch({ courseId })
            .set(next)
            .where((attributes, { eq }) => eq(attributes.version, draft.version))
            .commit(),
          pendingUpload.delete({ itemId: courseId, attachmentId: file.attachmentId }).commit(),
        ])
        .go();
      if (!result.canceled) return { value: toDraft({ ...draft, ...next }), listed: file };
      if (attempt >= 2) throw staleCourse();
      ({ draft } = await loadEditable(courseId));
    }
  }

  return {
    async requestUpload(
      courseId: string,
      file: AttachmentUploadRequest,
    ): Promise<AttachmentUpload> {
      const { member, draft } = await loadEditable(courseId);
      if ((draft.documents ?? []).length >= DOCUMENTS_PER_COURSE) {
        throw new VisibleError(
          "conflict",
          "too-many-documents",
          `A course holds at most ${DOCUMENTS_PER_COURSE} documents.`,
        );
      }
      return uploads.start(courseId, file, member.userId);
    },

    /** Idempotent: confirming a file the draft already lists returns the draft. */
    async confirmUpload(courseId: string, attachmentId: string): Promise<CourseDraft> {
      const { draft } = await loadEditable(courseId);
      if ((draft.documents ?? []).some((each) => each.attachmentId === attachmentId)) {
        return toDraft(draft);
      }
      return uploads.confirm(courseId, attachmentId, {
        list: (file) => append(draft, file),
        reread: async () => {
          const { draft: now } = await loadEditable(courseId);
          const listed = (now.documents ?? []).some((each) => each.attachmentId === attachmentId);
          return listed ? toDraft(now) : undefined;
        },
      });
    },

    /**
     * A short-lived download URL: for anyone when the listed course's lessons
     * use the file, otherwise only for the course's trainers (drafts, previews).
     */
    async downloadUrl(courseId: string, attachmentId: string): Promise<string> {
      const [listing, stored] = await Promise.all([
        data.entities.courseListing.get({ courseId }).go(),
        data.entities.courseDraft.get({ courseId }).go(),
      ]);
      const draft = stored.data;
      if (!draft) throw courseNotFound();
      const file = (draft.documents ?? []).find((each) => each.attachmentId === attachmentId);
      const course = listing.data?.listed ? listing.data.view : null;
      const published = course?.modules.some((module) =>
        module.lessons.some(
          (lesson) =>
            lesson.content.kind === "document" && lesson.content.attachmentId === attachmentId,
        ),
      );
      if (!published) {
        const member = await optionalMember(data);
        if (!member || !ownsCourse(member, draft)) throw documentNotFound();
      }
      if (!file) throw documentNotFound();
      return uploads.serve(courseId, file);
    },
  };
}
