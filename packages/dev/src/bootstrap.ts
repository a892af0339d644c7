import { ensureUserPool } from "./bootstrap-auth.ts";
import { ensureBucket } from "./bootstrap-bucket.ts";
import { ensureTable } from "./bootstrap-table.ts";
import {
  LOCAL_NAMES,
  type LocalCloudIds,
  type LocalEndpoints,
  localCognito,
  localDynamoDb,
  localS3,
} from "./local-aws.ts";

export interface BootstrapResult {
  ids: LocalCloudIds;
  /** What this run created; empty when everything already existed. */
  created: string[];
}

/**
 * Creates in the emulators whatever the platform needs and is missing: the
 * table, the user pool with its client and role groups, the attachments bucket.
 * Safe to run on every start: existing resources are found and reused.
 */
export async function bootstrapLocalCloud(endpoints: LocalEndpoints): Promise<BootstrapResult> {
  const dynamodb = localDynamoDb(endpoints.dynamodb);
  const cognito = localCognito(endpoints.cognito);
  const s3 = localS3(endpoints.s3);
  try {
    const [table, auth, bucket] = await Promise.all([
      ensureTable(dynamodb, LOCAL_NAMES.tableName),
      ensureUserPool(cognito),
      ensureBucket(s3, LOCAL_NAMES.bucket),
    ]);
    return {
      ids: {
        tableName: LOCAL_NAMES.tableName,
        userPoolId: auth.userPoolId,
        userPoolClientId: auth.userPoolClientId,
        bucket: LOCAL_NAMES.bucket,
        // cognito-local's IssuerDomain is written as its endpoint (see cognito-local.ts).
        tokenIssuer: `${endpoints.cognito}/${auth.userPoolId}`,
      },
      created: [...table, ...auth.created, ...bucket],
    };
  } finally {
    dynamodb.destroy();
    cognito.destroy();
    s3.destroy();
  }
}
