import { S3Client } from "@aws-sdk/client-s3";
import type { Config } from "../config/config.ts";
import { awsClientLimits, type CallLimits, callLimitsFor } from "./aws-call-limits.ts";

/**
 * The S3 client for attachments. Against a local S3 endpoint (`S3_ENDPOINT`)
 * buckets are paths, and the emulator's keys come from the same environment as
 * the rest of the configuration; in AWS the SDK's own chain finds the role's.
 * Timeouts and retries: aws-call-limits.ts.
 */
export function createS3Client(
  config: Pick<Config, "region"> & Partial<Pick<Config, "s3Endpoint">>,
  env: Record<string, string | undefined> = process.env,
  limits: CallLimits = callLimitsFor(config.s3Endpoint),
): S3Client {
  const accessKeyId = env.AWS_ACCESS_KEY_ID;
  const secretAccessKey = env.AWS_SECRET_ACCESS_KEY;
  return new S3Client({
    region: config.region,
    ...awsClientLimits(limits),
    // Otherwise a presigned PUT carries the CRC32 of an empty body, and S3 refuses the file.
    requestChecksumCalculation: "WHEN_REQUIRED",
    ...(config.s3Endpoint && {
      endpoint: config.s3Endpoint,
      forcePathStyle: true,
      ...(accessKeyId && secretAccessKey && { credentials: { accessKeyId, secretAccessKey } }),
    }),
  });
}
