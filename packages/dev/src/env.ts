import { ENV, WEB_ENV } from "@alliance/core/schema";
import {
  LOCAL_CREDENTIALS,
  LOCAL_NAMES,
  LOCAL_REGION,
  type LocalCloudIds,
  type LocalEndpoints,
} from "./local-aws.ts";

/** The sender of the local platform's notification e-mail. */
export const LOCAL_EMAIL_FROM = "notifications@alliance.example";

/** Names of the ports the local stack uses, as environment variables, and their defaults. */
export const PORT_ENV = {
  api: "API_PORT",
  web: "WEB_PORT",
  dynamodb: "DYNAMODB_PORT",
  cognito: "COGNITO_PORT",
  s3: "S3_PORT",
  ses: "SES_PORT",
  lrs: "LRS_PORT",
} as const;

export type PortName = keyof typeof PORT_ENV;

export const DEFAULT_PORTS: Record<PortName, number> = {
  api: 3000,
  web: 5173,
  dynamodb: 8000,
  cognito: 9229,
  s3: 4569,
  ses: 8005,
  lrs: 8006,
};

/**
 * The API's environment against the emulators: the same variables a deployment
 * sets, with local values (`webUrl`: where the web app runs, `pnpm dev`'s default). Dummy AWS keys keep the SDK's credential chain from
 * looking for real ones (or for an instance role, which stalls for seconds), and
 * the Node 20 notice is silenced because the pin is deliberate (README, "Pinned versions").
 */
export function toApiEnv(
  endpoints: LocalEndpoints,
  ids: LocalCloudIds,
  webUrl = `http://localhost:${DEFAULT_PORTS.web}`,
): Record<string, string> {
  return {
    [ENV.stage]: LOCAL_NAMES.stage,
    [ENV.region]: LOCAL_REGION,
    [ENV.tableName]: ids.tableName,
    [ENV.dynamoEndpoint]: endpoints.dynamodb,
    [ENV.userPoolId]: ids.userPoolId,
    [ENV.userPoolClientId]: ids.userPoolClientId,
    [ENV.tokenIssuer]: ids.tokenIssuer,
    [ENV.cognitoEndpoint]: endpoints.cognito,
    [ENV.attachmentsBucket]: ids.bucket,
    [ENV.s3Endpoint]: endpoints.s3,
    // Notification e-mail goes to aws-ses-v2-local (decision 0073); its web inbox shows it.
    [ENV.sesEndpoint]: endpoints.ses,
    [ENV.emailFrom]: LOCAL_EMAIL_FROM,
    // Links the API hands out (a certificate's verification link) point at the web app.
    [ENV.publicSiteUrl]: webUrl,
    AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
    AWS_EC2_METADATA_DISABLED: "true",
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
  };
}

/** The web app's build-time variables: sign in against the Cognito emulator. */
export function toWebEnv(endpoints: LocalEndpoints, ids: LocalCloudIds): Record<string, string> {
  return {
    [WEB_ENV.userPoolId]: ids.userPoolId,
    [WEB_ENV.userPoolClientId]: ids.userPoolClientId,
    [WEB_ENV.userPoolEndpoint]: endpoints.cognito,
    // The legal pages name a controller; locally, a clearly fictitious one.
    [WEB_ENV.controllerName]: "the secretariat of the Alliance (local demo)",
    [WEB_ENV.controllerAddress]: "1 Example Street, 1000 Brussels, Belgium",
    [WEB_ENV.contactEmail]: "privacy@alliance.example",
  };
}
