import { gunzipSync, gzipSync } from "node:zlib";
import { GetObjectCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import type { AsPlainObject } from "minisearch";
import { SEARCH_SNAPSHOT_KEY } from "../schema/attachments-bucket.ts";
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

/** Where the snapshot is kept: one object, read whole, written whole. */
export interface SnapshotObject {
  /** The stored bytes, or null when there is no snapshot yet. */
  read(): Promise<Uint8Array | null>;
  write(body: Uint8Array): Promise<void>;
}

/** The snapshot in the attachments bucket, under its server-only prefix. */
export function s3SnapshotObject(client: S3Client, bucket: string): SnapshotObject {
  const object = { Bucket: bucket, Key: SEARCH_SNAPSHOT_KEY };
  return {
    async read() {
      try {
        const result = await client.send(new GetObjectCommand(object));
        return result.Body ? await result.Body.transformToByteArray() : null;
      } catch (error) {
        if (error instanceof Error && error.name === "NoSuchKey") return null;
        throw error;
      }
    },
    async write(body) {
      await client.send(
        new PutObjectCommand({
          ...object,
          Body: body,
          ContentType: "application/gzip",
        }),
      );
    },
  };
}
