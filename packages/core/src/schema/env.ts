/**
 * Names of the environment variables the API reads. Defined once: infra/, stacks/,
 * packages/dev and the config loader import these names instead of restating them.
 */
export const ENV = {
  stage: "STAGE",
  region: "AWS_REGION",
  tableName: "TABLE_NAME",
  dynamoEndpoint: "DYNAMODB_ENDPOINT",
  userPoolId: "COGNITO_USER_POOL_ID",
  userPoolClientId: "COGNITO_CLIENT_ID",
  /** Only set locally: the Cognito emulator's address for admin calls (role changes). */
  cognitoEndpoint: "COGNITO_ENDPOINT",
  /** Optional: the token issuer; derived from region and pool id when absent (real Cognito). */
  tokenIssuer: "COGNITO_ISSUER",
  attachmentsBucket: "ATTACHMENTS_BUCKET",
  s3Endpoint: "S3_ENDPOINT",
  corsOrigins: "CORS_ORIGINS",
  /**
   * The web app's public address (https://…, or http://localhost:… locally). Links the
   * platform hands out, such as a certificate's verification link, are built from it
   * and never from request headers.
   */
  publicSiteUrl: "PUBLIC_SITE_URL",
  logLevel: "LOG_LEVEL",
  /**
   * Notification e-mail (decisions 0063, 0073), read by the stream function only: the
   * sender address (an identity verified in SES); unset, no e-mail is sent.
   */
  emailFrom: "EMAIL_FROM",
  /** Only set locally: the SES emulator's address (aws-ses-v2-local). */
  sesEndpoint: "SES_ENDPOINT",
  /**
   * The API's public origin, for the one-click `List-Unsubscribe` address. Unset, the
   * web app's (PUBLIC_SITE_URL), which serves the API under `/api`.
   */
  publicApiUrl: "PUBLIC_API_URL",
  /**
   * The Open Badges issuer's Ed25519 key (decision 0067): in the cloud, the Secrets
   * Manager secret that holds it (only the certificate function reads it); locally, the
   * file that holds it (`.data/`, created on first start). Neither set: a key made for
   * the process (tests).
   */
  badgeKeySecret: "BADGE_KEY_SECRET_ID",
  badgeKeyFile: "BADGE_KEY_FILE",
  /**
   * The Learning Record Store that receives xAPI statements (decision 0088): in the
   * cloud, the Secrets Manager secret holding `{ "endpoint", "key", "secret" }` (only the
   * stream function reads it; with no value in it, nothing is sent); locally, the three
   * values themselves. None set: no statements are made.
   */
  xapiSecret: "XAPI_SECRET_ID",
  xapiEndpoint: "XAPI_ENDPOINT",
  xapiKey: "XAPI_KEY",
  xapiSecretKey: "XAPI_SECRET",
} as const;

export type EnvName = (typeof ENV)[keyof typeof ENV];

/**
 * Build-time variables of the web app (Vite exposes `VITE_*`). The API is always
 * same-origin under `/api`, so only the sign-in settings and the data controller named
 * by the privacy notice vary per deployment.
 */
export const WEB_ENV = {
  userPoolId: "VITE_COGNITO_USER_POOL_ID",
  userPoolClientId: "VITE_COGNITO_CLIENT_ID",
  /** Only set locally: the Cognito emulator's address. Absent means real Cognito. */
  userPoolEndpoint: "VITE_COGNITO_ENDPOINT",
  /** The data controller (the alliance's secretariat) named by the privacy notice. */
  controllerName: "VITE_CONTROLLER_NAME",
  /** Its postal address, one line. */
  controllerAddress: "VITE_CONTROLLER_ADDRESS",
  /** Where people write about their data, the site's accessibility and its terms. */
  contactEmail: "VITE_CONTACT_EMAIL",
} as const;
