import { Aws, CfnOutput, Duration, RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import * as backup from "aws-cdk-lib/aws-backup";
import * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as events from "aws-cdk-lib/aws-events";
import * as iam from "aws-cdk-lib/aws-iam";
import * as s3 from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { BACKUP_PLAN, hasBackupPlan } from "../infra/operations-settings.ts";
import { ATTACHMENTS_CORS, isProduction, SCORM_CONTENT } from "../infra/platform-settings.ts";
import type { RestoredTable } from "../infra/restored-table.ts";
import { tableSchema, unconfirmedUpload } from "../packages/core/src/schema/index.ts";
import { copyVaultArn } from "./backup-copy-stack.ts";
import { removalPolicyFor, type StageProps } from "./stage.ts";

const string = dynamodb.AttributeType.STRING;

export interface DataStackProps extends StackProps, StageProps {
  /**
   * A restored table to use instead of making one (`-c tableName` and `-c tableStreamArn`,
   * docs/operations/restore.md step 3): every grant, variable, stream consumer, alarm and
   * the backup plan then name it.
   */
  readonly restoredTable?: RestoredTable;
}

/** The single DynamoDB table and the private attachments bucket. */
export class DataStack extends Stack {
  readonly table: dynamodb.ITable;
  readonly attachments: s3.Bucket;

  constructor(scope: Construct, id: string, props: DataStackProps) {
    super(scope, id, props);
    const removalPolicy = removalPolicyFor(props.stage);
    const production = isProduction(props.stage);

    this.table = props.restoredTable
      ? dynamodb.Table.fromTableAttributes(this, "RestoredTable", {
          ...props.restoredTable,
          // Grants then cover the indexes too, as on a table of our own.
          globalIndexes: tableSchema.globalIndexes.map((index) => index.name),
        })
      : DataStack.ownTable(this, production);

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

    // Extracted SCORM packages only (decision 0086): CloudFront reads them, signing with
    // origin access control. The distribution is in the web stack, which depends on this
    // one, so the statement names this account's distributions rather than its id.
    this.attachments.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: "ScormFilesThroughCloudFront",
        principals: [new iam.ServicePrincipal("cloudfront.amazonaws.com")],
        actions: ["s3:GetObject"],
        resources: [this.attachments.arnForObjects(`${SCORM_CONTENT.bucketPrefix}*`)],
        conditions: {
          StringLike: {
            "AWS:SourceArn": `arn:${Aws.PARTITION}:cloudfront::${Aws.ACCOUNT_ID}:distribution/*`,
          },
        },
      }),
    );

    if (hasBackupPlan(props.stage)) this.backupPlan(removalPolicy);

    new CfnOutput(this, "TableName", { value: this.table.tableName });
    new CfnOutput(this, "AttachmentsBucket", { value: this.attachments.bucketName });
  }

  /** The stage's own table. Keys and indexes come from core's tableSchema: the one place they are defined. */
  private static ownTable(scope: Construct, production: boolean): dynamodb.Table {
    const table = new dynamodb.Table(scope, "Table", {
      partitionKey: { name: tableSchema.partitionKey, type: string },
      sortKey: { name: tableSchema.sortKey, type: string },
      billingMode: dynamodb.BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      encryption: dynamodb.TableEncryption.AWS_MANAGED,
      timeToLiveAttribute: tableSchema.ttlAttribute,
      stream: dynamodb.StreamViewType[tableSchema.stream.viewType],
      deletionProtection: production,
      // Retained on every stage (decision 0049): switching the stage to a restored table
      // removes this one from the template, and that must never delete it.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of tableSchema.globalIndexes) {
      table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: string },
        sortKey: { name: index.sortKey, type: string },
        projectionType: dynamodb.ProjectionType.ALL,
      });
    }
    return table;
  }

  /**
   * AWS Backup of the table (BACKUP_PLAN): daily into a vault here, each backup copied to
   * the vault of BackupCopyStack in another EU region; both kept `retentionDays`.
   */
  private backupPlan(removalPolicy: RemovalPolicy) {
    const retention = Duration.days(BACKUP_PLAN.retentionDays);
    const vault = new backup.BackupVault(this, "BackupVault", {
      backupVaultName: BACKUP_PLAN.vaultName,
      removalPolicy,
    });
    const plan = new backup.BackupPlan(this, "BackupPlan", {
      backupPlanName: BACKUP_PLAN.vaultName,
      backupVault: vault,
      backupPlanRules: [
        new backup.BackupPlanRule({
          ruleName: "DailyWithEuCopy",
          scheduleExpression: events.Schedule.cron(BACKUP_PLAN.scheduleCron),
          deleteAfter: retention,
          copyActions: [
            {
              destinationBackupVault: backup.BackupVault.fromBackupVaultArn(
                this,
                "CopyVault",
                copyVaultArn(this),
              ),
              deleteAfter: retention,
            },
          ],
        }),
      ],
    });
    plan.addSelection("Table", {
      resources: [backup.BackupResource.fromDynamoDbTable(this.table)],
    });
  }
}
