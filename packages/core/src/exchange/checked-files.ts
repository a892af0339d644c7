import { ulid } from "ulidx";
import { CHECKED_FILES_PREFIX, unconfirmedUpload } from "../schema/attachments-bucket.ts";
import type { StoredAttachment } from "./exchange-item.entity.ts";
import type { Attachment } from "./schemas.ts";

/*
 * Object keys of one file: `folder` is the server's name for it, such as
 * `exchange/<itemId>/<attachmentId>` (decision 0014).
 */

/** The only key a client gets a (presigned) write URL for. */
export const uploadKeyOf = (folder: string) => `${unconfirmedUpload.prefix}${folder}`;

/**
 * A new key for one confirmation's checked copy. Each confirmation copies to
 * its own key, so two confirmations racing can never overwrite the copy the
 * other one checked.
 */
export const checkedKeyOf = (folder: string) => `${CHECKED_FILES_PREFIX}${folder}/${ulid()}`;

/** Where the listed file's bytes are served from. */
export const servedKeyOf = (file: StoredAttachment, folder: string) => file.objectKey ?? folder;

/** The file as the API shows it: never where it is stored. */
export const publicAttachment = (file: StoredAttachment): Attachment => ({
  attachmentId: file.attachmentId,
  fileName: file.fileName,
  contentType: file.contentType,
  size: file.size,
  uploadedAt: file.uploadedAt,
});
