import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  PutObjectTaggingCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import { unconfirmedUpload } from "../schema/attachments-bucket.ts";

/** Where attachment files live: private objects reached through presigned URLs. */
export interface AttachmentStore {
  /**
   * A URL the browser PUTs the file to with exactly `headers`, signed for this
   * content type and size. The object arrives tagged as unconfirmed.
   */
  uploadUrl(
    key: string,
    file: { contentType: string; size: number },
    seconds: number,
  ): Promise<{ url: string; headers: Record<string, string> }>;
  /** Drops the unconfirmed tag, so the bucket's lifecycle rule keeps the object. */
  markConfirmed(key: string): Promise<void>;
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

const UNCONFIRMED = `${unconfirmedUpload.tag.key}=${unconfirmedUpload.tag.value}`;

export function createAttachmentStore(client: S3Client, bucket: string): AttachmentStore {
  const object = (key: string) => ({ Bucket: bucket, Key: key });
  return {
    async uploadUrl(key, file, seconds) {
      const headers = { "Content-Type": file.contentType, "x-amz-tagging": UNCONFIRMED };
      const url = await getSignedUrl(
        client,
        new PutObjectCommand({
          ...object(key),
          ContentType: file.contentType,
          ContentLength: file.size,
          Tagging: UNCONFIRMED,
        }),
        // Signed, so S3 itself refuses another type, length or tag (confirm checks again).
        {
          expiresIn: seconds,
          signableHeaders: new Set(["content-type", "content-length"]),
          unhoistableHeaders: new Set(["x-amz-tagging"]),
        },
      );
      return { url, headers };
    },
    async markConfirmed(key) {
      await client.send(new PutObjectTaggingCommand({ ...object(key), Tagging: { TagSet: [] } }));
    },
    downloadUrl: (key, file, seconds) =>
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
