import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  type S3Client,
} from "@aws-sdk/client-s3";
import { SCORM_FILES_PREFIX } from "../../schema/attachments-bucket.ts";

export { packageFolder } from "./package-folder.ts";

/** The objects of SCORM packages: the checked zip read whole, the files written one by one. */
export interface ScormFiles {
  read(key: string): Promise<Uint8Array>;
  /** Writes one file under `folder`; `path` was checked by the package's inspection. */
  write(folder: string, path: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Deletes everything under `folder` (a refused package's files written so far). */
  removeFolder(folder: string): Promise<void>;
  remove(key: string): Promise<void>;
}

export function createScormFiles(client: S3Client, bucket: string): ScormFiles {
  return {
    async read(key) {
      const result = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return result.Body ? result.Body.transformToByteArray() : new Uint8Array();
    },
    async write(folder, path, bytes, contentType) {
      if (!folder.startsWith(SCORM_FILES_PREFIX))
        throw new Error(`Not a package folder: ${folder}`);
      await client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: `${folder}${path}`,
          Body: bytes,
          ContentType: contentType,
          // A package's files never change: a new upload is a new package.
          CacheControl: "private, max-age=86400, immutable",
        }),
      );
    },
    async removeFolder(folder) {
      if (!folder.startsWith(SCORM_FILES_PREFIX))
        throw new Error(`Not a package folder: ${folder}`);
      for (let token: string | undefined, first = true; first || token; first = false) {
        const page = await client.send(
          new ListObjectsV2Command({ Bucket: bucket, Prefix: folder, ContinuationToken: token }),
        );
        const keys = (page.Contents ?? []).flatMap((object) =>
          object.Key ? [{ Key: object.Key }] : [],
        );
        if (keys.length > 0) {
          await client.send(
            new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys } }),
          );
        }
        token = page.IsTruncated ? page.NextContinuationToken : undefined;
      }
    },
    async remove(key) {
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
    },
  };
}
