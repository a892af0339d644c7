import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";

/** Where attachment files live: private objects reached through presigned URLs. */
export interface AttachmentStore {
  /** A URL the browser PUTs the file to, signed for this content type and size. */
  uploadUrl(
    key: string,
    file: { contentType: string; size: number },
    seconds: number,
  ): Promise<string>;
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

export function createAttachmentStore(client: S3Client, bucket: string): AttachmentStore {
  const object = (key: string) => ({ Bucket: bucket, Key: key });
  return {
    uploadUrl: (key, file, seconds) =>
      getSignedUrl(
        client,
        new PutObjectCommand({
          ...object(key),
          ContentType: file.contentType,
          ContentLength: file.size,
        }),
        // Signed, so S3 itself refuses another type or length (the confirm step checks again).
        { expiresIn: seconds, signableHeaders: new Set(["content-type", "content-length"]) },
      ),
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
