import {
  CreateBucketCommand,
  GetBucketCorsCommand,
  HeadBucketCommand,
  PutBucketCorsCommand,
  type S3Client,
} from "@aws-sdk/client-s3";

function errorName(error: unknown): string {
  return error instanceof Error ? error.name : "";
}

/**
 * Creates the attachments bucket with a CORS rule so the browser can PUT to a
 * presigned URL (s3rver refuses cross-origin requests without one). Any origin
 * is fine here: s3rver listens on loopback only.
 */
export async function ensureBucket(client: S3Client, bucket: string): Promise<string[]> {
  const created: string[] = [];
  try {
    await client.send(new HeadBucketCommand({ Bucket: bucket }));
  } catch (error) {
    if (errorName(error) !== "NotFound" && errorName(error) !== "NoSuchBucket") throw error;
    try {
      await client.send(new CreateBucketCommand({ Bucket: bucket }));
      created.push(`bucket ${bucket}`);
    } catch (createError) {
      if (errorName(createError) !== "BucketAlreadyOwnedByYou") throw createError;
    }
  }
  try {
    await client.send(new GetBucketCorsCommand({ Bucket: bucket }));
  } catch (error) {
    if (errorName(error) !== "NoSuchCORSConfiguration") throw error;
    await client.send(
      new PutBucketCorsCommand({
        Bucket: bucket,
        CORSConfiguration: {
          CORSRules: [
            {
              AllowedOrigins: ["*"],
              AllowedMethods: ["GET", "PUT", "POST", "HEAD"],
              AllowedHeaders: ["*"],
              ExposeHeaders: ["ETag"],
              MaxAgeSeconds: 3000,
            },
          ],
        },
      }),
    );
    created.push(`CORS on ${bucket}`);
  }
  return created;
}
