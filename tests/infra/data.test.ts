import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import {
  keyAttributeNames,
  tableSchema,
  unconfirmedUpload,
} from "../../packages/core/src/schema/index.ts";
import { HOOK_TIMEOUT_MS, onlyResource, synthAlliance } from "./synth-alliance.ts";

let data: Template;

beforeAll(() => {
  data = synthAlliance().data;
}, HOOK_TIMEOUT_MS);

describe("the table", () => {
  it("has core's key schema and every global index, all string keys", () => {
    const table = onlyResource(data, "AWS::DynamoDB::Table").Properties;
    expect(table.KeySchema).toEqual([
      { AttributeName: tableSchema.partitionKey, KeyType: "HASH" },
      { AttributeName: tableSchema.sortKey, KeyType: "RANGE" },
    ]);
    const indexes = table.GlobalSecondaryIndexes as Array<Record<string, unknown>>;
    expect(indexes.map((index) => [index.IndexName, index.KeySchema])).toEqual(
      tableSchema.globalIndexes.map((index) => [
        index.name,
        [
          { AttributeName: index.partitionKey, KeyType: "HASH" },
          { AttributeName: index.sortKey, KeyType: "RANGE" },
        ],
      ]),
    );
    const attributes = table.AttributeDefinitions as Array<Record<string, string>>;
    expect(attributes.map((a) => a.AttributeName).sort()).toEqual(keyAttributeNames().sort());
    expect(new Set(attributes.map((a) => a.AttributeType))).toEqual(new Set(["S"]));
  });

  it("bills on demand, keeps point-in-time recovery, is encrypted, expires items, streams", () => {
    data.hasResourceProperties("AWS::DynamoDB::Table", {
      BillingMode: "PAY_PER_REQUEST",
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      // SSEEnabled without a key of ours: the AWS-managed KMS key (aws/dynamodb).
      SSESpecification: Match.exact({ SSEEnabled: true }),
      TimeToLiveSpecification: { AttributeName: tableSchema.ttlAttribute, Enabled: true },
      StreamSpecification: { StreamViewType: "NEW_AND_OLD_IMAGES" },
    });
  });
});

describe("the attachments bucket", () => {
  it("blocks every kind of public access and is encrypted", () => {
    data.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } },
        ],
      },
    });
  });

  it("expires what is left under the upload prefix, the only keys clients may write", () => {
    data.hasResourceProperties("AWS::S3::Bucket", {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          {
            Status: "Enabled",
            Prefix: unconfirmedUpload.prefix,
            ExpirationInDays: unconfirmedUpload.expireAfterDays,
          },
        ]),
      },
    });
  });

  it("expires uploads made before checked copies, by the tag they arrived with", () => {
    data.hasResourceProperties("AWS::S3::Bucket", {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          {
            Status: "Enabled",
            TagFilters: [{ Key: unconfirmedUpload.tag.key, Value: unconfirmedUpload.tag.value }],
            ExpirationInDays: unconfirmedUpload.expireAfterDays,
          },
        ]),
      },
    });
  });

  it("denies any request that is not over TLS", () => {
    const policy = onlyResource(data, "AWS::S3::BucketPolicy").Properties;
    const statements = (policy.PolicyDocument as { Statement: Array<Record<string, unknown>> })
      .Statement;
    expect(statements).toContainEqual(
      expect.objectContaining({
        Effect: "Deny",
        Action: "s3:*",
        Principal: { AWS: "*" },
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      }),
    );
  });

  it("lets CloudFront read extracted SCORM packages only, nothing else of the bucket (decision 0086)", () => {
    const policy = onlyResource(data, "AWS::S3::BucketPolicy").Properties;
    const statements = (policy.PolicyDocument as { Statement: Array<Record<string, unknown>> })
      .Statement;
    const cloudFront = statements.filter((statement) =>
      JSON.stringify(statement.Principal).includes("cloudfront"),
    );
    expect(cloudFront).toEqual([
      expect.objectContaining({
        Effect: "Allow",
        Action: "s3:GetObject",
        Sid: "ScormFilesThroughCloudFront",
      }),
    ]);
    expect(JSON.stringify(cloudFront[0]?.Resource)).toMatch(/\/scorm\/\*"/);
  });
});

describe("outside production", () => {
  it("retains the table (switching to a restored one must not delete it) and empties the bucket", () => {
    // Decision 0049: `cdk destroy` leaves the table; delete it by hand when the stage goes.
    data.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtectionEnabled: false }),
    });
    data.resourceCountIs("Custom::S3AutoDeleteObjects", 1);
  });
});
