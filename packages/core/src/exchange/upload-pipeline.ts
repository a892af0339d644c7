import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import type { Attachment } from "./attachment-access.ts";
import type { AttachmentUpload, AttachmentUploadRequest } from "./attachment-schemas.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import { inspectUpload } from "./upload-inspection.ts";

const UPLOAD_URL_SECONDS = 15 * 60;
/** How long a download link works. */
export const DOWNLOAD_URL_SECONDS = 5 * 60;
/** An unconfirmed upload is forgotten (TTL) after a day. */
const PENDING_SECONDS = 24 * 60 * 60;

/**
 * The two server steps of an upload, for any record that lists files (an
 * exchange item, a course): hand out a presigned PUT and remember what was
 * declared; then check what arrived before the record lists it. `ownerId` is
 * the record's id (`pendingUpload.itemId`); `keyOf` makes the object key.
 */
export function uploadPipeline(
  data: DataService,
  store: AttachmentStore,
  keyOf: (ownerId: string, attachmentId: string) => string,
  now: () => Date,
) {
  return {
    async start(
      ownerId: string,
      file: AttachmentUploadRequest,
      requestedBy: string,
    ): Promise<AttachmentUpload> {
      const attachmentId = newId("att");
      const at = now();
      await data.entities.pendingUpload
        .create({
          itemId: ownerId,
          attachmentId,
          ...file,
          requestedBy,
          createdAt: at.toISOString(),
          expiresAt: Math.floor(at.getTime() / 1000) + PENDING_SECONDS,
        })
        .go();
      const upload = await store.uploadUrl(keyOf(ownerId, attachmentId), file, UPLOAD_URL_SECONDS);
      return {
        attachmentId,
        uploadUrl: upload.url,
        method: "PUT",
        headers: upload.headers,
        expiresAt: new Date(at.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(),
      };
    },

    /**
     * Checks the uploaded object against its declaration. A refused file is
     * deleted with its declaration, and the refusal thrown; an accepted one is
     * marked confirmed and described. The caller lists it and deletes the
     * declaration in one write.
     */
    async check(ownerId: string, attachmentId: string): Promise<Attachment> {
      const pending = await data.entities.pendingUpload.get({ itemId: ownerId, attachmentId }).go();
      if (!pending.data) {
        throw new VisibleError(
          "not-found",
          "upload-not-found",
          "No upload with this id is waiting for confirmation; request a new one.",
        );
      }
      const key = keyOf(ownerId, attachmentId);
      const inspected = await inspectUpload(store, key, pending.data);
      if ("refusal" in inspected) {
        await store.remove(key);
        await data.entities.pendingUpload.delete({ itemId: ownerId, attachmentId }).go();
        throw inspected.refusal;
      }
      await store.markConfirmed(key);
      return {
        attachmentId,
        fileName: pending.data.fileName,
        contentType: pending.data.contentType,
        size: inspected.size,
        uploadedAt: now().toISOString(),
      };
    },
  };
}
