import { gunzipSync, gzipSync } from "node:zlib";
import type { AsPlainObject } from "minisearch";
import type { CatalogEntry } from "./exchange-item.entity.ts";

/**
 * The exchange search snapshot: every item of the catalogue, the full-text
 * index of the published ones, and `syncedUntil`, the `changedAt` of the
 * catalogue index up to which it is complete (a cold store reads the delta from
 * there, minus the look-back). One gzip'd JSON object (decision 0026).
 */
export interface Snapshot {
  syncedUntil: string | null;
  items: CatalogEntry[];
  index: AsPlainObject;
}

/** Bumped whenever the shape or the indexing changes: an older snapshot is ignored. */
export const SNAPSHOT_FORMAT = "exchange-search/2";

export function encodeSnapshot(snapshot: Snapshot): Uint8Array {
  return gzipSync(JSON.stringify({ format: SNAPSHOT_FORMAT, ...snapshot }));
}

/** Throws on anything but a snapshot of the current format. */
export function decodeSnapshot(body: Uint8Array): Snapshot {
  const parsed = JSON.parse(gunzipSync(body).toString("utf8"));
  if (parsed?.format !== SNAPSHOT_FORMAT) {
    throw new Error(`Search snapshot of format ${String(parsed?.format)}, not ${SNAPSHOT_FORMAT}`);
  }
  if (!Array.isArray(parsed.items) || typeof parsed.index !== "object") {
    throw new Error("Search snapshot without items or index");
  }
  return { syncedUntil: parsed.syncedUntil ?? null, items: parsed.items, index: parsed.index };
}
