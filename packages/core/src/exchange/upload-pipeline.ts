import type { DataService } from "../data/service.ts";
import { isVisibleError, VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import { contentDisposition } from "./attachment-access.ts";
import type { AttachmentUpload, AttachmentUploadRequest } from "./attachment-schemas.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import { checkedKeyOf, servedKeyOf, uploadKeyOf } from "./checked-files.ts";
import type { StoredAttachment } from "./exchange-item.entity.ts";
import { inspectUpload } from "./upload-inspection.ts";
import { PENDING_UPLOAD_SECONDS, type UploadOwnerNoun, uploadQuota } from "./upload-quota.ts";

const UPLOAD_URL_SECONDS = 15 * 60;
/** How long a download link works. */
export const DOWNLOAD_URL_SECONDS = 5 * 60;

const uploadNotFound = () =>
  new VisibleError(
    "not-found",
    "upload-not-found",
    "No upload with this id is waiting for confirmation; request a new one.",
  );

/** What a record lists for the attachment after `list` ran: the confirmed file, or none. */
export interface Listed<T> {
  value: T;
  listed: StoredAttachment | undefined;
}

/**
 * The two server steps of an upload, for any record that lists files (an
 * exchange item, a course, an event): hand out a presigned PUT to an upload key and
 * remember what was declared; then copy what arrived to a key no client can
 * write, check the copy, and let the record list it (decision 0014). `ownerId`
 * is the record's id (`pendingUpload.itemId`); `folderOf` names the file.
 */
export function uploadPipeline(
  data: DataService,
  store: AttachmentStore,
  owner: { noun: UploadOwnerNoun; folderOf: (ownerId: string, attachmentId: string) => string },
  now: () => Date,
) {
  const quota = uploadQuota(data, now);

  /** The declaration and its places under the caps. */
  async function forget(pending: Parameters<typeof quota.slotOf>[0]) {
    const { itemId, attachmentId } = pending;
    await data.entities.pendingUpload.delete({ itemId, attachmentId }).go();
    await quota.release(quota.slotOf(pending));
  }

  return {
    /**
     * The declaration of an upload still waiting, or undefined when there is none or its
     * hour has passed: for a record (a SCORM package) that checks the upload itself.
     */
    async declaration(ownerId: string, attachmentId: string) {
      const found = await data.entities.pendingUpload.get({ itemId: ownerId, attachmentId }).go();
      const pending = found.data;
      return pending && pending.expiresAt * 1000 > now().getTime() ? pending : undefined;
    },

    /**
     * Copies the upload to a new key no upload URL reaches (decision 0014) and answers
     * that key, or null when nothing was uploaded: what is checked is what is kept.
     */
    async takeCopy(ownerId: string, attachmentId: string): Promise<string | null> {
      const folder = owner.folderOf(ownerId, attachmentId);
      const checked = checkedKeyOf(folder);
      return (await store.copy(uploadKeyOf(folder), checked)) ? checked : null;
    },

    /**
     * After such a record took the upload (whatever its verdict): forgets the declaration,
     * frees its places under the caps and deletes the uploaded object, best effort.
     */
    async settle(pending: Parameters<typeof quota.slotOf>[0]) {
      const upload = uploadKeyOf(owner.folderOf(pending.itemId, pending.attachmentId));
      await Promise.all([
        forget(pending).catch(() => undefined),
        store.remove(upload).catch(() => undefined),
      ]);
    },

    /** A short-lived URL that downloads a listed file under its own name. */
    serve(ownerId: string, file: StoredAttachment): Promise<string> {
      return store.downloadUrl(
        servedKeyOf(file, owner.folderOf(ownerId, file.attachmentId)),
        { contentType: file.contentType, contentDisposition: contentDisposition(file.fileName) },
        DOWNLOAD_URL_SECONDS,
      );
    },

    /**
     * Deletes a file the record no longer lists, best effort: called after the write
     * that unlisted it, so a failure leaves an unreachable object, never a link to nothing.
     */
    async discard(ownerId: string, file: StoredAttachment): Promise<void> {
      await store
        .remove(servedKeyOf(file, owner.folderOf(ownerId, file.attachmentId)))
        .catch(() => undefined);
    },

    async start(
      ownerId: string,
      file: Pick<AttachmentUploadRequest, "fileName" | "size"> & {
        contentType: string;
        /** Kept with the declaration for the record to list, when it names its files. */
        title?: string;
      },
      requestedBy: string,
    ): Promise<AttachmentUpload> {
      const attachmentId = newId("att");
      const at = now();
      const expiresAt = Math.floor(at.getTime() / 1000) + PENDING_UPLOAD_SECONDS;
      const place = { id: ownerId, noun: owner.noun };
      const slot = await quota.reserve(place, requestedBy, attachmentId, expiresAt);
      try {
        await data.entities.pendingUpload
          .create({
            itemId: ownerId,
            attachmentId,
            ...file,
            requestedBy,
            createdAt: at.toISOString(),
            expiresAt,
          })
          .go();
      } catch (error) {
        await quota.release(slot);
        throw error;
      }
      const key = uploadKeyOf(owner.folderOf(ownerId, attachmentId));
      const upload = await store.uploadUrl(key, file, UPLOAD_URL_SECONDS);
      return {
        attachmentId,
        uploadUrl: upload.url,
        method: "PUT",
        headers: upload.headers,
        expiresAt: new Date(at.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(),
      };
    },

    /**
     * Copies the upload to a new key under `files/`, checks that copy (size,
     * and type by its first bytes), and hands it to `list`, which lists it and
     * deletes the declaration in one write. What is checked is what is served:
     * a PUT to the upload URL before the copy is checked, one after it never
     * reaches the copy. A refused file is deleted with its declaration, and the
     * refusal thrown. A copy that ends up not listed (another confirmation of
     * the same upload won) is deleted. With no declaration left, `reread`
     * answers the record if a confirmation that just finished listed the file.
     */
    async confirm<T>(
      ownerId: string,
      attachmentId: string,
      steps: {
        /** `declared` is the declaration, with the title it was given, if any. */
        list: (
          file: StoredAttachment,
          declared: { title?: string | undefined },
        ) => Promise<Listed<T>>;
        reread: () => Promise<T | undefined>;
      },
    ): Promise<T> {
      const found = await data.entities.pendingUpload.get({ itemId: ownerId, attachmentId }).go();
      const pending = found.data;
      if (!pending || pending.expiresAt * 1000 <= now().getTime()) {
        const listed = await steps.reread();
        if (listed === undefined) throw uploadNotFound();
        return listed;
      }
      const folder = owner.folderOf(ownerId, attachmentId);
      const upload = uploadKeyOf(folder);
      const checked = checkedKeyOf(folder);
      if (!(await store.copy(upload, checked))) {
        // Another confirmation of the same upload may have listed it and deleted the upload.
        const listed = await steps.reread();
        if (listed !== undefined) return listed;
        throw new VisibleError(
          "conflict",
          "upload-missing",
          "Nothing was uploaded yet: PUT the file to the upload URL, then confirm.",
        );
      }
      const discard = () => store.remove(checked).catch(() => undefined);
      const inspected = await inspectUpload(store, checked, pending).catch(async (error) => {
        await discard();
        throw error;
      });
      if ("refusal" in inspected) {
        await Promise.all([store.remove(checked), store.remove(upload)]);
        await forget(pending);
        throw inspected.refusal;
      }
      const file: StoredAttachment = {
        attachmentId,
        fileName: pending.fileName,
        contentType: pending.contentType,
        size: inspected.size,
        uploadedAt: now().toISOString(),
        objectKey: checked,
      };
      const outcome = await steps
        .list(file, { title: pending.title })
        .catch(async (error: unknown) => {
          // A refusal wrote nothing; after a fault the write may have landed, so the copy stays.
          if (isVisibleError(error)) await discard();
          throw error;
        });
      if (outcome.listed?.objectKey !== checked) {
        await discard();
        return outcome.value;
      }
      // Best effort: a leftover upload expires by the bucket's lifecycle rule, a
      // leftover place under the caps when the declaration would have.
      await store.remove(upload).catch(() => undefined);
      await quota.release(quota.slotOf(pending));
      return outcome.value;
    },
  };
}
