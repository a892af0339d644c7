import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";

/** Addresses of the four emulators, as the API and the SDK reach them. */
export interface LocalEndpoints {
  dynamodb: string;
  cognito: string;
  s3: string;
  /** aws-ses-v2-local: SES v2's API, its web inbox at `/`, the mails as JSON at `/store`. */
  ses: string;
}

/** What bootstrap created or found in the emulators. */
export interface LocalCloudIds {
  tableName: string;
  userPoolId: string;
  userPoolClientId: string;
  bucket: string;
  /** `iss` of the emulator's tokens: `http://localhost:<port>/<userPoolId>`. */
  tokenIssuer: string;
}

/** Fixed names of the local resources, so a restart finds what the last run made. */
export const LOCAL_NAMES = {
  stage: "local",
  tableName: "alliance-local",
  userPool: "alliance-local",
  userPoolClient: "alliance-web-local",
  bucket: "alliance-local-attachments",
} as const;

export const LOCAL_REGION = "eu-west-1";

/**
 * One dummy key pair for every emulator: s3rver checks signatures against
 * S3RVER/S3RVER, DynamoDB Local (run with -sharedDb) and cognito-local accept any.
 */
export const LOCAL_CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" } as const;

const common = { region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS, maxAttempts: 2 };

export function localDynamoDb(endpoint: string, maxAttempts = common.maxAttempts): DynamoDBClient {
  return new DynamoDBClient({ ...common, endpoint, maxAttempts });
}

export function localCognito(endpoint: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ ...common, endpoint });
}

export function localS3(endpoint: string): S3Client {
  // s3rver serves buckets as paths, not as subdomains.
  return new S3Client({ ...common, endpoint, forcePathStyle: true });
}

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

/** True when `url` points at this machine: the only place demo data may be seeded. */
export function isLocalUrl(url: string): boolean {
  try {
    return LOCAL_HOSTS.has(new URL(url).hostname);
  } catch {
    return false;
  }
}
