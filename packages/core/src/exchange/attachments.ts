import type { Member } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import {
  attachmentNotFound,
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
import type { StoredAttachment, StoredItem } from "./exchange-item.entity.ts";
import { saveItem } from "./item-access.ts";
import { isInsider } from "./item-policy.ts";
import { attachmentChanges, editableAttachments, namedAttachments } from "./revisions.ts";
import type { Item } from "./schemas.ts";
import { type Listed, uploadPipeline } from "./upload-pipeline.ts";
import { toItem } from "./views.ts";

/**
 * Files attached to an item: a presigned upload straight to S3, then a confirm
 * step where the server checks a copy of what arrived (size, and type by its
 * first bytes) before the item lists that copy. Downloads go through
 * short-lived presigned URLs to the copy.
 */
export function attachmentUseCases(
  data: DataService,
  store: AttachmentStore,
  now: () => Date = () => new Date(),
) {
  const uploads = uploadPipeline(data, store, { noun: "item", folderOf: objectKey }, now);
  const view = (member: Member, item: StoredItem): Item =>
    toItem(item, now(), { member, moderation: null });

  /**
   * Adds `attachment` unless it is there already; retried when the item changed
   * meanwhile. A published item's files change in its pending revision (revisions.ts).
   */
  async function append(
    member: Member,
    item: StoredItem,
    attachment: StoredAttachment,
  ): Promise<Listed<Item>> {
    const { attachmentId } = attachment;
    for (let attempt = 0; ; attempt += 1) {
      const list = editableAttachments(item);
      const listed = list.find((each) => each.attachmentId === attachmentId);
      if (listed) return { value: view(member, item), listed };
      if (list.length >= ATTACHMENTS_PER_ITEM) throw tooMany();
      const at = now().toISOString();
      const next = {
        ...attachmentChanges(item, member, [...list, attachment], at),
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
          pendingUpload.delete({ itemId, attachmentId }).commit(),
        ])
        .go();
      if (!result.canceled) {
        return { value: view(member, { ...item, ...next } as StoredItem), listed: attachment };
      }
      if (attempt >= 2) throw staleVersion();
      ({ item } = await loadForChange(data, itemId));
    }
  }

  return {
    async requestUpload(itemId: string, file: AttachmentUploadRequest): Promise<AttachmentUpload> {
      const { member, item } = await loadForChange(data, itemId);
      if (editableAttachments(item).length >= ATTACHMENTS_PER_ITEM) throw tooMany();
      return uploads.start(itemId, file, member.userId);
    },

    /** Idempotent: confirming an attachment the item already lists returns the item. */
    async confirmUpload(itemId: string, attachmentId: string): Promise<Item> {
      const { member, item } = await loadForChange(data, itemId);
      if (editableAttachments(item).some((each) => each.attachmentId === attachmentId)) {
        return view(member, item);
      }
      return uploads.confirm(itemId, attachmentId, {
        list: (file) => append(member, item, file),
        reread: async () => {
          const { item: now } = await loadForChange(data, itemId);
          const listed = editableAttachments(now).some(
            (each) => each.attachmentId === attachmentId,
          );
          return listed ? view(member, now) : undefined;
        },
      });
    },

    /** A short-lived URL that downloads the file, for whoever may read the item. */
    async downloadUrl(itemId: string, attachmentId: string): Promise<string> {
      const { member, item } = await loadForRead(data, itemId);
      const attachment = namedAttachments(item, isInsider(member, item)).find(
        (each) => each.attachmentId === attachmentId,
      );
      if (!attachment) throw attachmentNotFound();
      return uploads.serve(itemId, attachment);
    },

    async removeAttachment(
      itemId: string,
      attachmentId: string,
      expectedVersion: number,
    ): Promise<Item> {
      const { member, item } = await loadForChange(data, itemId);
      if (item.version !== expectedVersion) throw staleVersion();
      const list = editableAttachments(item);
      const removed = list.find((each) => each.attachmentId === attachmentId);
      if (!removed) throw attachmentNotFound();
      const at = now().toISOString();
      const kept = list.filter((each) => each.attachmentId !== attachmentId);
      const saved = await saveItem(data, item, attachmentChanges(item, member, kept, at), at);
      // The item no longer names the object; deleting it comes last so that a
      // failure here leaves an unreachable object, never a link to nothing. The
      // removal has happened either way, so a failed delete is not the caller's error.
      // A file a published item still shows stays until its revision is approved.
      if (!namedAttachments(saved, true).some((each) => each.attachmentId === attachmentId)) {
        await uploads.discard(itemId, removed);
      }
      return view(member, saved);
    },
  };
}
