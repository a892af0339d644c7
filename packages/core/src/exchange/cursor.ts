import { VisibleError } from "../errors.ts";

/** A page's cursor: the sort it belongs to and the key of the last row shown. */
export function encodeCursor(sort: string, key: string): string {
  return Buffer.from(JSON.stringify({ s: sort, k: key })).toString("base64url");
}

export function decodeCursor(cursor: string, sort: string): string {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (parsed?.s === sort && typeof parsed.k === "string") return parsed.k;
  } catch {
    // fall through: not one of ours
  }
  throw new VisibleError("input", "invalid-cursor", "The cursor is not valid for this list.", [
    { field: "cursor", message: "Not a cursor from this search; start again without it." },
  ]);
}
