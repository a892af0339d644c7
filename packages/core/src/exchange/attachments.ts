import { isConditionalCheckFailed } from "../data/errors.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import {
  type Attachment,
  attachmentNotFound,
  attachmentsOf,
  contentDisposition,
  loadForChange,
  loadForRead,
  objectKey,
  staleVersion,
  tooMany,
} from "./attachment-access.ts";
import {
  ATTACHMENTS_PER_ITEM,
  type AttachmentUpload,
  type AttachmentUploadRequest,
} from "./attachment-schemas.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import type { Item } from "./schemas.ts";
import { inspectUpload } from "./upload-inspection.ts";
import { type StoredItem, toItem } from "./views.ts";

const UPLOAD_URL_SECONDS = 15 * 60;
const DOWNLOAD_URL_SECONDS = 5 * 60;
/** An unconfirmed upload is forgotten (TTL) after a day. */
const PENDING_SECONDS = 24 * 60 * 60;

/**
 * Files attached to an item: a presigned upload straight to S3, then a confirm
 * step where the server checks what arrived (size, and type by its first bytes)
 * before the item lists it. Downloads go through short-lived presigned URLs.
 */
export function attachmentUseCases(
  data: DataService,
  store: AttachmentStore,
  now: () => Date = () => new Date(),
) {
  const view = (item: StoredItem): Item =>
    toItem(item, now(), { showContact: true, moderation: null });

  /** Adds `attachment` unless it is there already; retried when the item changed meanwhile. */
  async function append(item: StoredItem, attachment: Attachment): Promise<Item> {
    for (let attempt = 0; ; attempt += 1) {
      const list = attachmentsOf(item);
      if (list.some((each) => each.attachmentId === attachment.attachmentId)) return view(item);
      if (list.length >= ATTACHMENTS_PER_ITEM) throw tooMany();
      const at = now().toISOString();
      const next = {
        attachments: [...list, attachment],
        updatedAt: at,
        changedAt: at,
        version: item.version + 1,
      };
      const { itemId } = item;
      const result = await data.transaction
        .write(({ exchangeItem, pendingUpload }) => [
          exchangeItem
            .patch({ itemId })
            .set(next)
            .where((attributes, { eq }) => eq(attributes.version, item.version))
            .commit(),
          pendingUpload.delete({ itemId, attachmentId: attachment.attachmentId }).commit(),
        ])
        .go();
      if (!result.canceled) return view({ ...item, ...next });
      if (attempt >= 2) throw staleVersion();
      ({ item } = await loadForChange(data, itemId));
    }
  }

  /** Deletes what was uploaded for a refused file, then refuses it. */
  async function discard(itemId: string, attachmentId: string, error: VisibleError) {
    await store.remove(objectKey(itemId, attachmentId));
    await data.entities.pendingUpload.delete({ itemId, attachmentId }).go();
    return error;
  }

  return {
    async requestUpload(itemId: string, file: AttachmentUploadRequest): Promise<AttachmentUpload> {
      const { member, item } = await loadForChange(data, itemId);
      if (attachmentsOf(item).length >= ATTACHMENTS_PER_ITEM) throw tooMany();
      const attachmentId = newId("att");
      const at = now();
      await data.entities.pendingUpload
        .create({
          itemId,
          attachmentId,
          ...file,
          requestedBy: member.userId,
          createdAt: at.toISOString(),
          expiresAt: Math.floor(at.getTime() / 1000) + PENDING_SECONDS,
        })
        .go();
      const key = objectKey(itemId, attachmentId);
      const upload = await store.uploadUrl(key, file, UPLOAD_URL_SECONDS);
      return {
        attachmentId,
        uploadUrl: upload.url,
        method: "PUT",
        headers: upload.headers,
        expiresAt: new Date(at.getTime() + UPLOAD_URL_SECONDS * 1000).toISOString(),
      };
    },

    /** Idempotent: confirming an attachment the item already lists returns the item. */
    async confirmUpload(itemId: string, attachmentId: string): Promise<Item> {
      const { item } = await loadForChange(data, itemId);
      if (attachmentsOf(item).some((each) => each.attachmentId === attachmentId)) return view(item);
      const pending = await data.entities.pendingUpload.get({ itemId, attachmentId }).go();
      if (!pending.data) {
        throw new VisibleError(
          "not-found",
          "upload-not-found",
          "No upload with this id is waiting for confirmation; request a new one.",
        );
      }
      const declared = pending.data;
      const inspected = await inspectUpload(store, objectKey(itemId, attachmentId), declared);
      if ("refusal" in inspected) throw await discard(itemId, attachmentId, inspected.refusal);
      await store.markConfirmed(objectKey(itemId, attachmentId));
      return append(item, {
        attachmentId,
        fileName: declared.fileName,
        contentType: declared.contentType,
        size: inspected.size,
        uploadedAt: now().toISOString(),
      });
    },

    /** A short-lived URL that downloads the file, for whoever may read the item. */
    async downloadUrl(itemId: string, attachmentId: string): Promise<string> {
      const { item } = await loadForRead(data, itemId);
      const attachment = attachmentsOf(item).find((each) => each.attachmentId === attachmentId);
      if (!attachment) throw attachmentNotFound();
      return store.downloadUrl(
        objectKey(itemId, attachmentId),
        {
          contentType: attachment.contentType,
          contentDisposition: contentDisposition(attachment.fileName),
        },
        DOWNLOAD_URL_SECONDS,
      );
    },

    async removeAttachment(
      itemId: string,
      attachmentId: string,
      expectedVersion: number,
    ): Promise<Item> {
      const { item } = await loadForChange(data, itemId);
      if (item.version !== expectedVersion) throw staleVersion();
      const list = attachmentsOf(item);
      if (!list.some((each) => each.attachmentId === attachmentId)) throw attachmentNotFound();
      const at = now().toISOString();
      const next = {
        attachments: list.filter((each) => each.attachmentId !== attachmentId),
        updatedAt: at,
        changedAt: at,
        version: item.version + 1,
      };
      try {
        await data.entities.exchangeItem
          .patch({ itemId })
          .set(next)
          .where((attributes, { eq }) => eq(attributes.version, expectedVersion))
          .go();
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw staleVersion();
        throw error;
      }
      // The item no longer names the object; deleting it comes last so that a
      // failure here leaves an unreachable object, never a link to nothing. The
      // removal has happened either way, so a failed delete is not the caller's error.
      await store.remove(objectKey(itemId, attachmentId)).catch(() => undefined);
      return view({ ...item, ...next });
    },
  };
}
