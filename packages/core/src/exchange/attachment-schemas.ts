import { z } from "zod";
import { idPattern } from "../schema/ids.ts";

/** Largest attachment accepted: 25 MB. */
export const ATTACHMENT_MAX_BYTES = 25 * 1024 * 1024;
/** Attachments one item may carry. */
export const ATTACHMENTS_PER_ITEM = 10;

/**
 * The content types an attachment may declare, each with the family its first
 * bytes must belong to (checked on confirm, so a renamed file is refused).
 */
export const ATTACHMENT_TYPES = {
  "application/pdf": "pdf",
  "application/msword": "ole",
  "application/vnd.ms-excel": "ole",
  "application/vnd.ms-powerpoint": "ole",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "zip",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "zip",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "zip",
  "application/vnd.oasis.opendocument.text": "zip",
  "application/vnd.oasis.opendocument.spreadsheet": "zip",
  "application/vnd.oasis.opendocument.presentation": "zip",
  "image/png": "png",
  "image/jpeg": "jpeg",
  "image/gif": "gif",
  "image/webp": "webp",
  "text/plain": "text",
  "text/csv": "text",
} as const;

export type AttachmentType = keyof typeof ATTACHMENT_TYPES;
export type FileFamily = (typeof ATTACHMENT_TYPES)[AttachmentType];
export const ATTACHMENT_CONTENT_TYPES = Object.keys(ATTACHMENT_TYPES) as [
  AttachmentType,
  ...AttachmentType[],
];

export const attachmentIdSchema = z
  .string()
  .regex(idPattern("att"), "Expected an attachment id such as att_01J9ZC3V6D8R1F3W5S9K2M4N7P");

export const attachmentPathSchema = z.object({
  itemId: z
    .string()
    .regex(idPattern("xch"), "Expected an item id such as xch_01J9ZC3V6D8R1F3W5S9K2M4N7P"),
  attachmentId: attachmentIdSchema,
});

/** The name shown and offered on download; never part of the storage key. */
export const attachmentFileNameSchema = z
  .string()
  .min(1, "Give the file a name")
  .max(200, "At most 200 characters")
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses
  .regex(/^[^/\\\u0000-\u001f\u007f]+$/, "No slashes, backslashes or control characters")
  .refine((name) => name.trim() !== "" && !/^\.+$/.test(name.trim()), "Give the file a name");

export const attachmentUploadRequestSchema = z
  .strictObject({
    fileName: attachmentFileNameSchema,
    contentType: z.enum(ATTACHMENT_CONTENT_TYPES, {
      error: "Expected a PDF, office document, image (PNG, JPEG, GIF, WebP), text or CSV file",
    }),
    size: z
      .number()
      .int()
      .min(1, "The file is empty")
      .max(ATTACHMENT_MAX_BYTES, "At most 25 MB (26,214,400 bytes)"),
  })
  .meta({ id: "AttachmentUploadRequest" });
export type AttachmentUploadRequest = z.infer<typeof attachmentUploadRequestSchema>;

/** Where and how the browser uploads the file; then it confirms the upload. */
export const attachmentUploadSchema = z
  .object({
    attachmentId: z.string(),
    uploadUrl: z.url(),
    method: z.literal("PUT"),
    /** Send exactly these headers with the upload. */
    headers: z.record(z.string(), z.string()),
    /** When the upload URL stops working. */
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: "AttachmentUpload" });
export type AttachmentUpload = z.infer<typeof attachmentUploadSchema>;
