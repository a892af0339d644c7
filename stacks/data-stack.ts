import { CfnOutput, Duration, Stack, type StackProps } from "aws-cdk-lib";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as s3 from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { ATTACHMENTS_CORS, isProduction } from "../infra/platform-settings.ts";
import { tableSchema, unconfirmedUpload } from "../packages/core/src/schema/index.ts";
import { removalPolicyFor, type StageProps } from "./stage.ts";

const string = dynamodb.AttributeType.STRING;

/** The single DynamoDB table and the private attachments bucket. */
export class DataStack extends Stack {
  readonly table: dynamodb.Table;
  readonly attachments: s3.Bucket;

  constructor(scope: Construct, id: string, props: StackProps & StageProps) {
    super(scope, id, props);
    const removalPolicy = removalPolicyFor(props.stage);
    const production = isProduction(props.stage);

    // Keys and indexes come from core's tableSchema: the one place they are defined.
    this.table = new dynamodb.Table(this, "Table", {
      partitionKey: { name: tableSchema.partitionKey, type: string },
      sortKey: { name: tableSchema.sortKey, type: string },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: tableSchema.ttlAttribute,
      stream: dynamodb.StreamViewType[tableSchema.stream.viewType],
      deletionProtection: production,
      removalPolicy,
    });
    for (const index of tableSchema.globalIndexes) {
      this.table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: string },
        sortKey: { name: index.sortKey, type: string },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }

    this.attachments = new s3.Bucket(this, "Attachments", {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      cors: [
        {
          allowedOrigins: [...ATTACHMENTS_CORS.allowedOrigins],
          allowedMethods: ATTACHMENTS_CORS.allowedMethods.map((method) => s3.HttpMethods[method]),
          allowedHeaders: [...ATTACHMENTS_CORS.allowedHeaders],
          exposedHeaders: [...ATTACHMENTS_CORS.exposedHeaders],
          maxAge: ATTACHMENTS_CORS.maxAgeSeconds,
        },
      ],
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
        {
          // Uploads: confirming copies a checked file to `files/`; what is left here expires.
          prefix: unconfirmedUpload.prefix,
          expiration: Duration.days(unconfirmedUpload.expireAfterDays),
        },
        {
          // Uploads made before decision 0014, tagged instead of under the prefix.
          tagFilters: { [unconfirmedUpload.tag.key]: unconfirmedUpload.tag.value },
          expiration: Duration.days(unconfirmedUpload.expireAfterDays),
        },
      ],
      removalPolicy,
      autoDeleteObjects: !production,
    });

    new CfnOutput(this, "TableName", { value: this.table.tableName });
    new CfnOutput(this, "AttachmentsBucket", { value: this.attachments.bucketName });
  }
}
