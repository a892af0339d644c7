import {
  keyAttributeNames,
  tableSchema,
  unconfirmedUpload,
} from "../packages/core/src/schema/index.ts";
import {
  ATTACHMENTS_CORS,
  isProduction,
  SCORM_CONTENT,
  SST_STREAM_VIEWS,
} from "./platform-settings.ts";
import { restoredTableFromEnv } from "./restored-table.ts";

/**
 * A restored table the stage switches to (`TABLE_NAME_OVERRIDE=<table>`,
 * docs/operations/restore.md step 3): read, not managed; its stream, which the change
 * consumer subscribes to, comes from the table itself (and must have been re-enabled).
 */
const restored = restoredTableFromEnv(process.env);

/**
 * The stage's own table: keys and indexes come from core's tableSchema, never restated
 * here. Retained on every stage (decision 0049): switching to a restored table drops it
 * from the program, and that must never delete it.
 */
function ownTable() {
  return new sst.aws.Dynamo(
    "Table",
    {
      fields: Object.fromEntries(keyAttributeNames().map((name) => [name, "string" as const])),
      primaryIndex: { hashKey: tableSchema.partitionKey, rangeKey: tableSchema.sortKey },
      globalIndexes: Object.fromEntries(
        tableSchema.globalIndexes.map((index) => [
          index.name,
          { hashKey: index.partitionKey, rangeKey: index.sortKey },
        ]),
      ),
      ttl: tableSchema.ttlAttribute,
      stream: SST_STREAM_VIEWS[tableSchema.stream.viewType],
      deletionProtection: isProduction($app.stage),
      // sst.aws.Dynamo already bills per request and enables point-in-time recovery;
      // encryption is made explicit: the AWS-managed KMS key (aws/dynamodb).
      transform: { table: { serverSideEncryption: { enabled: true } } },
    },
    { retainOnDelete: true },
  );
}

/** The single table: the stage's own, or the restored one it was switched to. */
export const table = restored
  ? sst.aws.Dynamo.get("RestoredTable", restored.tableName)
  : ownTable();

/** Private attachments: reached only through presigned URLs the API hands out. */
export const attachments = new sst.aws.Bucket("Attachments", {
  enforceHttps: true,
  cors: {
    allowOrigins: [...ATTACHMENTS_CORS.allowedOrigins],
    allowMethods: [...ATTACHMENTS_CORS.allowedMethods],
    allowHeaders: [...ATTACHMENTS_CORS.allowedHeaders],
    exposeHeaders: [...ATTACHMENTS_CORS.exposedHeaders],
    maxAge: `${ATTACHMENTS_CORS.maxAgeSeconds} seconds`,
  },
  transform: {
    // Extracted SCORM packages only (decision 0086): the site's distribution reads them
    // through origin access control (infra/web.ts), as CDK's data stack allows.
    policy: (args) => {
      const account = aws.getCallerIdentityOutput().accountId;
      args.policy = $resolve([args.policy, args.bucket, account]).apply(
        ([policy, bucket, accountId]) => {
          const document = typeof policy === "string" ? JSON.parse(policy) : policy;
          document.Statement.push({
            Sid: "ScormFilesThroughCloudFront",
            Effect: "Allow",
            Principal: { Service: "cloudfront.amazonaws.com" },
            Action: "s3:GetObject",
            Resource: `arn:aws:s3:::${bucket}/${SCORM_CONTENT.bucketPrefix}*`,
            Condition: {
              StringLike: { "AWS:SourceArn": `arn:aws:cloudfront::${accountId}:distribution/*` },
            },
          });
          return JSON.stringify(document);
        },
      );
    },
  },
});

new aws.s3.BucketServerSideEncryptionConfiguration("AttachmentsEncryption", {
  bucket: attachments.name,
  rules: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: "AES256" } }],
});

/**
 * Uploads expire: confirming copies a checked file to `files/`, and what is left
 * under the upload prefix goes. Uploads made before decision 0014 were tagged
 * instead. A separate resource because sst.aws.Bucket's lifecycle rules filter
 * by prefix only.
 */
new aws.s3.BucketLifecycleConfiguration("AttachmentsUnconfirmedUploads", {
  bucket: attachments.name,
  rules: [
    {
      id: "expire-uploads",
      status: "Enabled",
      filter: { prefix: unconfirmedUpload.prefix },
      expiration: { days: unconfirmedUpload.expireAfterDays },
    },
    {
      id: "expire-unconfirmed-uploads",
      status: "Enabled",
      filter: { tag: { key: unconfirmedUpload.tag.key, value: unconfirmedUpload.tag.value } },
      expiration: { days: unconfirmedUpload.expireAfterDays },
    },
  ],
});
