import { VisibleError } from "../errors.ts";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  type AttachmentType,
} from "./attachment-schemas.ts";
import type { AttachmentStore } from "./attachment-store.ts";
import { matchesFamily, SNIFF_BYTES } from "./file-type.ts";

const refused = (field: "size" | "contentType", message: string) =>
  new VisibleError("input", "upload-refused", `The uploaded file was refused: ${message}`, [
    { field, message },
  ]);

/**
 * Judges what was uploaded at `key` against what was declared: the stored size
 * must be the declared one (at most 25 MB) and the first bytes must be of the
 * declared type's family. The client's own Content-Type is never trusted.
 * Throws 409 `upload-missing` when nothing is there yet.
 */
export async function inspectUpload(
  store: AttachmentStore,
  key: string,
  declared: { size: number; contentType: string },
): Promise<{ size: number } | { refusal: VisibleError }> {
  const size = await store.size(key);
  if (size === null) {
    throw new VisibleError(
      "conflict",
      "upload-missing",
      "Nothing was uploaded yet: PUT the file to the upload URL, then confirm.",
    );
  }
  if (size > ATTACHMENT_MAX_BYTES || size !== declared.size) {
    return {
      refusal: refused("size", `expected ${declared.size} bytes (at most 25 MB), got ${size}`),
    };
  }
  const family = ATTACHMENT_TYPES[declared.contentType as AttachmentType];
  const head = await store.firstBytes(key, SNIFF_BYTES);
  if (!family || !matchesFamily(head, family, size <= head.length)) {
    return {
      refusal: refused("contentType", `its content is not a ${declared.contentType} file`),
    };
  }
  return { size };
}
