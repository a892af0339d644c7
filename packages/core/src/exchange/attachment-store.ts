import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { SERVER_ONLY_PREFIX } from "../schema/attachments-bucket.ts";

/** Where attachment files live: private objects reached through presigned URLs. */
export interface AttachmentStore {
  /** A URL the browser PUTs the file to with exactly `headers`, signed for this content type and size. */
  uploadUrl(
    key: string,
    file: { contentType: string; size: number },
    seconds: number,
  ): Promise<{ url: string; headers: Record<string, string> }>;
  /**
   * Copies the object at `from` to `to` on the server side, without tags.
   * Answers false when nothing is at `from`.
   */
  copy(from: string, to: string): Promise<boolean>;
  /** A URL that downloads the file under `contentDisposition`. */
  downloadUrl(
    key: string,
    file: { contentType: string; contentDisposition: string },
    seconds: number,
  ): Promise<string>;
  /** The stored size, or null when nothing was uploaded. */
  size(key: string): Promise<number | null>;
  firstBytes(key: string, count: number): Promise<Uint8Array>;
  remove(key: string): Promise<void>;
}

const isMissing = (error: unknown) =>
  error instanceof Error && (error.name === "NotFound" || error.name === "NoSuchKey");

/** No URL, copy or removal ever reaches the server's own objects (the search snapshot). */
function fileKey(key: string): string {
  if (key.startsWith(SERVER_ONLY_PREFIX)) throw new Error(`Not an attachment key: ${key}`);
  return key;
}

export function createAttachmentStore(client: S3Client, bucket: string): AttachmentStore {
  const object = (key: string) => ({ Bucket: bucket, Key: fileKey(key) });
  return {
    async uploadUrl(key, file, seconds) {
      const headers = { "Content-Type": file.contentType };
      const url = await getSignedUrl(
        client,
        new PutObjectCommand({
          ...object(key),
          ContentType: file.contentType,
          ContentLength: file.size,
        }),
        // Signed, so S3 itself refuses another type or length (confirm checks again).
        { expiresIn: seconds, signableHeaders: new Set(["content-type", "content-length"]) },
      );
      return { url, headers };
    },
    async copy(from, to) {
      try {
        await client.send(
          new CopyObjectCommand({
            ...object(to),
            CopySource: `${bucket}/${fileKey(from).split("/").map(encodeURIComponent).join("/")}`,
            // A tag that a lifecycle rule expires must never follow a file into `files/`.
            TaggingDirective: "REPLACE",
          }),
        );
        return true;
      } catch (error) {
        if (isMissing(error)) return false;
        throw error;
      }
    },
    downloadUrl: async (key, file, seconds) =>
      getSignedUrl(
        client,
        new GetObjectCommand({
          ...object(key),
          ResponseContentType: file.contentType,
          ResponseContentDisposition: file.contentDisposition,
        }),
        { expiresIn: seconds },
      ),
    async size(key) {
      try {
        const head = await client.send(new HeadObjectCommand(object(key)));
        return head.ContentLength ?? 0;
      } catch (error) {
        if (isMissing(error)) return null;
        throw error;
      }
    },
    async firstBytes(key, count) {
      const result = await client.send(
        new GetObjectCommand({ ...object(key), Range: `bytes=0-${count - 1}` }),
      );
      return result.Body ? result.Body.transformToByteArray() : new Uint8Array();
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand(object(key)));
    },
  };
}
