import type { FileFamily } from "./attachment-schemas.ts";

/** How many leading bytes the server reads to judge a file's type. */
export const SNIFF_BYTES = 4096;

const startsWith = (head: Uint8Array, signature: readonly number[], offset = 0) =>
  head.length >= offset + signature.length &&
  signature.every((byte, index) => head[offset + index] === byte);

const ascii = (text: string) => [...text].map((char) => char.charCodeAt(0));

const SIGNATURES: Record<Exclude<FileFamily, "text" | "webp">, readonly number[]> = {
  pdf: ascii("%PDF-"),
  png: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  jpeg: [0xff, 0xd8, 0xff],
  gif: ascii("GIF8"),
  // OOXML and OpenDocument files are ZIP archives.
  zip: [0x50, 0x4b, 0x03, 0x04],
  // Legacy Office files (doc, xls, ppt) are OLE compound documents.
  ole: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
};

/**
 * Plain text: valid UTF-8 without NUL bytes. `complete` says whether `head` is
 * the whole file; if not, a character cut at the end of the sample is fine.
 */
export function isUtf8Text(head: Uint8Array, complete: boolean): boolean {
  if (head.includes(0)) return false;
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    decoder.decode(head, { stream: !complete });
    return true;
  } catch {
    return false;
  }
}

/** Whether a file's first bytes belong to `family`. */
export function matchesFamily(head: Uint8Array, family: FileFamily, complete: boolean): boolean {
  switch (family) {
    case "text":
      return isUtf8Text(head, complete);
    case "webp":
      return startsWith(head, ascii("RIFF")) && startsWith(head, ascii("WEBP"), 8);
    default:
      return startsWith(head, SIGNATURES[family]);
  }
}
