import { createHash } from "node:crypto";
import type { ItemFields } from "./schemas.ts";

/** The text a translation is made from: the original's title, summary and description. */
export type OriginalText = Pick<ItemFields, "title" | "summary" | "description">;

/**
 * Which text of the original a translation was made from (decision 0093): a digest
 * of its title, summary and description, kept on the translation as `madeFrom`.
 * A digest rather than a counter, because the item's version moves on every write
 * (translations, files, moderation) and a counter of text changes would have to be
 * kept by every path that changes the text (edits, revision approvals, migrations).
 */
export function fingerprintOf(original: OriginalText): string {
  return createHash("sha256")
    .update(JSON.stringify([original.title, original.summary, original.description ?? ""]))
    .digest("base64url")
    .slice(0, 22);
}

/**
 * Whether the original's text changed since the translation was made: possibly out
 * of date. A translation saved before decision 0093 names no text and is never marked.
 */
export function originalChangedSince(
  translation: { madeFrom?: string | undefined },
  original: OriginalText,
): boolean {
  return translation.madeFrom !== undefined && translation.madeFrom !== fingerprintOf(original);
}
