import { GetObjectCommand, PutObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import { SEARCH_SNAPSHOT_KEY } from "../schema/attachments-bucket.ts";

// The format apart, so that the exchange's catalogue reads it without an S3 client (0109).
export {
  decodeSnapshot,
  encodeSnapshot,
  SNAPSHOT_FORMAT,
  type Snapshot,
} from "./search-snapshot-format.ts";

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
