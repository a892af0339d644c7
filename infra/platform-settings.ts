/**
 * Deployment facts shared by infra/ (SST) and stacks/ (CDK), so the two descriptions of
 * the system cannot drift. Pure data: no SST globals, no aws-cdk-lib, no SDK. Facts the
 * application also reads (table schema, roles, env names, public routes) live in
 * packages/core/src/schema and are imported from there, not here.
 */

import { SEARCH_SNAPSHOT_KEY } from "../packages/core/src/schema/attachments-bucket.ts";
import {
  CERTIFICATE_KEY_PREFIX,
  CITY_KEY_PREFIX,
  COURSE_KEY_PREFIX,
  DIGEST_DAY_KEY_PREFIX,
  EVENT_KEY_PREFIX,
  EXCHANGE_ITEM_KEY_PREFIX,
  EXCHANGE_REQUEST_KEY_PREFIX,
  NOTIFICATION_KEY_PREFIX,
  PERSON_KEY_PREFIX,
  PROCESSED_CHANGE_KEY_PREFIX,
  UNSUBSCRIBE_LINK_KEY_PREFIX,
  XAPI_STATEMENT_KEY_PREFIX,
} from "../packages/core/src/schema/change-delivery.ts";
import { CATALOG_INDEX } from "../packages/core/src/schema/table.ts";
import { euRegion } from "./regions.ts";

export const APP_NAME = "alliance";
/** Where every stage runs; an EU region (infra/regions.ts), or nothing synthesises. */
export const REGION = euRegion("eu-west-1");
/**
 * Where production's backups are copied (infra/backup-settings.ts): another EU region,
 * so a regional outage or loss leaves a copy inside the EU.
 */
export const BACKUP_COPY_REGION = euRegion("eu-central-1");

/** The stage whose data outlives a `remove`/`destroy`: retained resources, deletion protection. */
export const PRODUCTION_STAGE = "production";

export function isProduction(stage: string): boolean {
  return stage === PRODUCTION_STAGE;
}

/**
 * How esbuild bundles each Node function: ESM for the Node 22 runtime, minified, with a
 * source map. Some CommonJS dependencies call require(): the banner gives the ESM bundle
 * one. stacks/api-stack.ts passes these to CDK, the bundle tests and benches to esbuild.
 */
export const LAMBDA_BUNDLE = {
  format: "esm",
  target: "node22",
  minify: true,
  sourcemap: true,
  /**
   * The map without the sources' text: Node (`--enable-source-maps`, LAMBDA_NODE_OPTIONS)
   * reads and parses the whole map when it loads the bundle, and maps stack traces from
   * positions alone; with the text the API function's map was 7.3 MB (decision 0105).
   */
  sourcesContent: false,
  mainFields: ["module", "main"],
  banner:
    "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
} as const;

/**
 * Node's options in every CDK-deployed function: stack traces in the logs point into our
 * sources. Node then parses each bundle's source map when it loads it, at every cold
 * start: the API function's bench measures its import with and without (decision 0105).
 */
export const LAMBDA_NODE_OPTIONS = "--enable-source-maps";

/** The one API Lambda: a Hono app behind API Gateway (payload v2). */
export const API_FUNCTION = {
  /** Entry file, relative to the repository root. */
  entry: "packages/api/src/lambda.ts",
  exportName: "handler",
  runtime: "nodejs22.x",
  architecture: "arm64",
  memoryMb: 1024,
  /** API Gateway HTTP APIs give up after 30 s; answer well before that. */
  timeoutSeconds: 10,
  /**
   * Bundled in pieces: the entry, which a cold start loads, and chunks that the domains'
   * and route groups' dynamic imports load on first use (decision 0109).
   */
  splitting: true,
} as const;

/**
 * The certificate function: the API's middleware and its certificate routes, with pdf-lib,
 * fontkit and the fonts that the API function's bundle leaves out, and the Open Badges
 * signing libraries and key. API Gateway sends it CERTIFICATE_FUNCTION_ROUTES
 * (infra/api-routes.ts) and nothing else (decisions 0028, 0066).
 */
export const CERTIFICATE_FUNCTION = {
  entry: "packages/api/src/certificate-lambda.ts",
  exportName: "handler",
  runtime: API_FUNCTION.runtime,
  architecture: API_FUNCTION.architecture,
  /** Lambda's CPU grows with memory: a certificate renders in well under a second. */
  memoryMb: 1024,
  timeoutSeconds: API_FUNCTION.timeoutSeconds,
  /**
   * esbuild loaders for imported files that are not code: a `.ttf` import (the certificate
   * fonts) copies the file beside the bundle and gives its path (decision 0022). The API
   * function has none, so a font imported on its path fails its build.
   */
  loader: { ".ttf": "file" },
  /**
   * In pieces as the API function: the domains and the Open Badges and PDF libraries its
   * routes load on first use stay on disk at a cold start. The fonts are found from the
   * chunk that names them (certificate-font-files.ts; decision 0112).
   */
  splitting: true,
} as const;

/**
 * The SCORM function (decision 0084): the API's middleware and the one route that checks
 * an uploaded SCORM package and extracts its files, with yauzl and fast-xml-parser, which
 * the API function's bundle leaves out. API Gateway sends it SCORM_FUNCTION_ROUTES
 * (infra/api-routes.ts) and nothing else.
 */
export const SCORM_FUNCTION = {
  entry: "packages/api/src/scorm-lambda.ts",
  exportName: "handler",
  runtime: API_FUNCTION.runtime,
  architecture: API_FUNCTION.architecture,
  /** A 50 MB zip is read whole and its files inflated one by one beside it. */
  memoryMb: 2048,
  /** API Gateway HTTP APIs give up after 30 s: a check of the largest package fits well within. */
  timeoutSeconds: 29,
  /**
   * In pieces as the API function: the domains its check never uses stay on disk (their
   * `import()`s are kept whole in one file otherwise; decisions 0109, 0112).
   */
  splitting: true,
} as const;

/**
 * The search function (decision 0096): the API's middleware and exchange search, with
 * MiniSearch, its stemmers and stop words, which the API function's bundle leaves out, and
 * the snapshot's preload at init (decision 0026). API Gateway sends it
 * SEARCH_FUNCTION_ROUTES (infra/api-routes.ts) and nothing else.
 */
export const SEARCH_FUNCTION = {
  entry: "packages/api/src/search-lambda.ts",
  exportName: "handler",
  runtime: API_FUNCTION.runtime,
  architecture: API_FUNCTION.architecture,
  /** The catalogue and its index live in memory; CPU grows with memory, as the API's. */
  memoryMb: API_FUNCTION.memoryMb,
  timeoutSeconds: API_FUNCTION.timeoutSeconds,
  /** In pieces as the API function: the domains it never uses stay on disk (decision 0109). */
  splitting: true,
} as const;

/**
 * What the search function may do besides reading the table (the catalogue's index and a
 * signed-in caller's profile): read the search snapshot's one object, never write it (the
 * stream function does, decision 0026), nor any other key of the bucket.
 */
export const SEARCH_FUNCTION_ACCESS = {
  objectActions: ["s3:GetObject"],
  objectKey: SEARCH_SNAPSHOT_KEY,
} as const;

/**
 * What the SCORM function may do in the attachments bucket (decision 0084), by key
 * pattern: read an upload and its checked copy, write the copy and the package's files,
 * delete all three, and list a package's folder (to delete a refused package's files).
 */
export const SCORM_BUCKET_ACCESS = {
  read: ["uploads/courses/*", "files/courses/*"],
  write: ["files/courses/*", "scorm/*"],
  remove: ["uploads/courses/*", "files/courses/*", "scorm/*"],
  listPrefix: "scorm/*",
} as const;

/**
 * The change stream's one consumer function: it runs every registered table-change
 * consumer (packages/api/src/consumers.ts) over each batch of the table's stream
 * (decision 0024). Bundled like the API function; how batches are delivered and retried
 * is CHANGE_DELIVERY in core, which the local poller reads too.
 */
export const STREAM_FUNCTION = {
  ...API_FUNCTION,
  entry: "packages/api/src/stream-lambda.ts",
  /** A batch is at most CHANGE_DELIVERY.batchSize changes; a consumer's flush may write to S3. */
  timeoutSeconds: 60,
} as const;

/**
 * API Gateway's access log line, JSON, for CDK and SST alike: the request id API Gateway
 * gives (the API's own request id when the client sent none: the correlation id, decision
 * 0040), the route, status and latencies, and why an integration or authorizer failed.
 * Every value is a JSON string. The caller's IP is kept for abuse investigations; LOG_RETENTION bounds it.
 */
export const API_ACCESS_LOG_FORMAT = {
  requestId: "$context.requestId",
  requestTime: "$context.requestTime",
  ip: "$context.identity.sourceIp",
  httpMethod: "$context.httpMethod",
  routeKey: "$context.routeKey",
  path: "$context.path",
  status: "$context.status",
  protocol: "$context.protocol",
  responseLength: "$context.responseLength",
  responseLatency: "$context.responseLatency",
  integrationLatency: "$context.integrationLatency",
  integrationError: "$context.integrationErrorMessage",
  authorizerError: "$context.authorizer.error",
} as const;

/** What a function with X-Ray active tracing needs (CDK grants it itself; SST does not). */
export const TRACE_WRITE_ACTIONS = ["xray:PutTraceSegments", "xray:PutTelemetryRecords"] as const;

/** SST's names for DynamoDB's stream view types (CDK and the SDK use DynamoDB's own). */
export const SST_STREAM_VIEWS = {
  NEW_AND_OLD_IMAGES: "new-and-old-images",
  NEW_IMAGE: "new-image",
  OLD_IMAGE: "old-image",
  KEYS_ONLY: "keys-only",
} as const;

/**
 * What the stream function may do in the table besides reading its stream: read and
 * record which changes each consumer has finished (core's processed-change entity),
 * in those records' partitions only. A consumer that needs more gets a statement of
 * its own, in SST and CDK alike.
 */
export const STREAM_TABLE_ACCESS = {
  actions: ["dynamodb:BatchGetItem", "dynamodb:BatchWriteItem", "dynamodb:PutItem"],
  condition: {
    test: "ForAllValues:StringLike",
    variable: "dynamodb:LeadingKeys",
    values: [`${PROCESSED_CHANGE_KEY_PREFIX}*`],
  },
} as const;

/**
 * What the stream function's `search-snapshot` consumer (decision 0026) may do besides:
 * read and write its one object in the attachments bucket, and query the catalogue's
 * index (its first batch reads the whole catalogue when there is no snapshot, each flush
 * what changed since). Parsing a stream image reads nothing.
 */
export const SEARCH_SNAPSHOT_ACCESS = {
  objectActions: ["s3:GetObject", "s3:PutObject"],
  objectKey: SEARCH_SNAPSHOT_KEY,
  indexActions: ["dynamodb:Query"],
  index: CATALOG_INDEX,
} as const;

/**
 * What the stream function's other consumers may do, each statement in SST and CDK
 * alike. `city-status-marks` (decision 0034) reads a city and marks its exchange items:
 * GetItem and UpdateItem in the cities' and items' partitions only, and a city's items
 * by gsi1. `contributor-grant` (decision 0033) finds an approved applicant by gsi1 and
 * adds them to the contributor group, when the approval could not: Cognito's two calls
 * for that, and no removal.
 */
export const STREAM_CONSUMER_ACCESS = {
  itemActions: ["dynamodb:GetItem", "dynamodb:UpdateItem"],
  condition: {
    test: "ForAllValues:StringLike",
    variable: "dynamodb:LeadingKeys",
    values: [`${CITY_KEY_PREFIX}*`, `${EXCHANGE_ITEM_KEY_PREFIX}*`],
  },
  indexActions: ["dynamodb:Query"],
  index: "gsi1",
  userPoolActions: ["cognito-idp:AdminListGroupsForUser", "cognito-idp:AdminAddUserToGroup"],
} as const;

/**
 * What the stream function's `workshop-attendance` consumer (decision 0072) may do
 * besides: find the workshop lessons that name an event (a Query of the event's
 * partition), read the person's profile and enrolment and the course's listing, and
 * save the lesson done as the API does (the enrolment, the course's and city's
 * counters and, when the course completes, its certificate, in one transaction), in
 * those partitions only. The person is found by gsi1 (STREAM_CONSUMER_ACCESS's index).
 */
export const WORKSHOP_LESSON_ACCESS = {
  actions: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:UpdateItem", "dynamodb:PutItem"],
  condition: {
    test: "ForAllValues:StringLike",
    variable: "dynamodb:LeadingKeys",
    values: [
      `${EVENT_KEY_PREFIX}*`,
      `${PERSON_KEY_PREFIX}*`,
      `${COURSE_KEY_PREFIX}*`,
      `${CITY_KEY_PREFIX}*`,
      `${CERTIFICATE_KEY_PREFIX}*`,
    ],
  },
} as const;

/**
 * What the stream function's `notifications` consumer (decision 0062) may do besides:
 * read a person's e-mail choices and write their notifications (GetItem and PutItem in
 * their own partitions, and an e-mail's unsubscribe link), and query an event's
 * registrations and an exchange request's log, in those partitions only. It reads an
 * item's owner and a person's profile through STREAM_CONSUMER_ACCESS.
 */
export const NOTIFICATIONS_ACCESS = {
  inboxActions: ["dynamodb:GetItem", "dynamodb:PutItem"],
  inboxCondition: {
    test: "ForAllValues:StringLike",
    variable: "dynamodb:LeadingKeys",
    values: [`${NOTIFICATION_KEY_PREFIX}*`, `${UNSUBSCRIBE_LINK_KEY_PREFIX}*`],
  },
  readActions: ["dynamodb:Query"],
  readCondition: {
    test: "ForAllValues:StringLike",
    variable: "dynamodb:LeadingKeys",
    values: [`${EVENT_KEY_PREFIX}*`, `${EXCHANGE_REQUEST_KEY_PREFIX}*`],
  },
} as const;

/**
 * What the stream function's `email` consumer (decisions 0063, 0073) may do besides:
 * send through SES as the platform's one sender (`ses:SendEmail` on that identity's ARNs,
 * the domain's and the address's, and only with that From address), read a person's
 * address from the user pool (AdminGetUser, at the moment of sending), and put the
 * notifications held for the daily digest in their day's partition (decision 0075). It
 * reads preferences and writes unsubscribe links through NOTIFICATIONS_ACCESS, and finds
 * the profile through STREAM_CONSUMER_ACCESS's index. No configuration set is used, so
 * none is granted. While the account is in SES's sandbox, SES also checks the recipients'
 * identities: the sandbox is for trying, not for this policy.
 */
export const EMAIL_ACCESS = {
  sendActions: ["ses:SendEmail"],
  fromCondition: { test: "StringEquals", variable: "ses:FromAddress" },
  userPoolActions: ["cognito-idp:AdminGetUser"],
  digestActions: ["dynamodb:PutItem"],
  digestCondition: {
    test: "ForAllValues:StringLike",
    variable: "dynamodb:LeadingKeys",
    values: [`${DIGEST_DAY_KEY_PREFIX}*`],
  },
} as const;

/**
 * What the scheduled function's `daily-digest` job (`runDailyDigest`, decision 0075) may
 * do besides SCHEDULED_JOBS_ACCESS: EMAIL_ACCESS's SES and user-pool grants (not its
 * digest PutItem), a Query of one day's held notifications, reading a person's choices
 * and writing or removing their digest mark and unsubscribe links; it finds the profile
 * by gsi1, which SCHEDULED_JOBS_ACCESS's index Query already grants.
 */
export const DIGEST_JOB_ACCESS = {
  dayActions: ["dynamodb:Query"],
  dayCondition: EMAIL_ACCESS.digestCondition,
  personActions: ["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"],
  personCondition: {
    test: "ForAllValues:StringLike",
    variable: "dynamodb:LeadingKeys",
    values: [`${NOTIFICATION_KEY_PREFIX}*`, `${UNSUBSCRIBE_LINK_KEY_PREFIX}*`],
  },
  profileIndexActions: ["dynamodb:Query"],
} as const;

/**
 * The sender of notification e-mail: the one given at deploy (CDK `-c emailFrom=…`, SST
 * `EMAIL_FROM`), else `notifications@` the web app's host. It must be, or be in a domain
 * that is, a verified SES identity of the account.
 */
export function emailSender(given: string | undefined, publicSiteUrl: string): string {
  if (given?.trim()) return given.trim();
  const host = /^https?:\/\/([^/:?#]+)/.exec(publicSiteUrl)?.[1];
  return host ? `notifications@${host}` : "";
}

/** The SES identity names a sender may be verified as: its domain, and the address itself. */
export function sesIdentityNames(sender: string): string[] {
  const domain = sender.slice(sender.lastIndexOf("@") + 1);
  return [domain, sender];
}

/** The change stream's dead-letter queue keeps what it is given for the longest SQS allows. */
export const STREAM_DLQ_RETENTION_DAYS = 14;

/**
 * The scheduled jobs' one function (decision 0078): EventBridge Scheduler invokes it with
 * a job's name (core's SCHEDULED_JOBS), and it runs that job's handler
 * (packages/api/src/jobs.ts). Bundled like the API function; a job reads whole indexes.
 */
export const SCHEDULED_FUNCTION = {
  ...API_FUNCTION,
  entry: "packages/api/src/scheduled-lambda.ts",
  timeoutSeconds: 300,
} as const;

/**
 * What the scheduled function may do in the table (decision 0078): query the indexes
 * the jobs read (events by start, enrolments by activity, items by change, courses),
 * read events' registrations and people's profiles, and write people's notifications,
 * in those partitions only. Each schedule's role may invoke this function and nothing else.
 */
export const SCHEDULED_JOBS_ACCESS = {
  indexActions: ["dynamodb:Query"],
  indexes: ["gsi1", "gsi2"],
  readActions: ["dynamodb:GetItem", "dynamodb:Query"],
  readCondition: {
    test: "ForAllValues:StringLike",
    variable: "dynamodb:LeadingKeys",
    values: [`${EVENT_KEY_PREFIX}*`, `${PERSON_KEY_PREFIX}*`],
  },
  inboxActions: ["dynamodb:GetItem", "dynamodb:PutItem"],
  inboxCondition: {
    test: "ForAllValues:StringLike",
    variable: "dynamodb:LeadingKeys",
    values: [`${NOTIFICATION_KEY_PREFIX}*`],
  },
  /** What a schedule's role may call: the scheduled function, by its ARN. */
  invokeActions: ["lambda:InvokeFunction"],
  /** And what it may send to the schedules' dead-letter queue, when the retries are spent. */
  deadLetterActions: ["sqs:SendMessage"],
} as const;

/**
 * xAPI in the cloud (decisions 0088, 0090). The LRS's address and Basic credentials are a
 * Secrets Manager secret, JSON `{ "endpoint": "https://…/xapi/", "key": "…", "secret": "…" }`:
 * the stage makes one (holding a placeholder until an operator puts the JSON in), or uses
 * an existing one named at deploy (CDK `-c xapiSecretName=…`, SST `XAPI_SECRET_NAME=…`).
 * The stream function (its `xapi` consumer) and the scheduled function (`xapi-retry`) get
 * its id as XAPI_SECRET_ID and may read that secret only, nothing else of Secrets Manager.
 * In the table, the consumer finds which statements the outbox holds, adds them and marks
 * them sent or failed (or drops a deleted learner's); the retry job marks and drops only.
 * Both find learners by gsi1 and due statements by gsi1, which their index grants cover.
 */
export const XAPI_ACCESS = {
  secretDescription:
    'xAPI Learning Record Store: {"endpoint":"https://…/xapi/","key":"…","secret":"…"}',
  secretNameContext: "xapiSecretName",
  secretNameVariable: "XAPI_SECRET_NAME",
  secretActions: ["secretsmanager:GetSecretValue"],
  consumerActions: [
    "dynamodb:BatchGetItem",
    "dynamodb:PutItem",
    "dynamodb:UpdateItem",
    "dynamodb:DeleteItem",
  ],
  retryActions: ["dynamodb:UpdateItem", "dynamodb:DeleteItem"],
  outboxCondition: {
    test: "ForAllValues:StringLike",
    variable: "dynamodb:LeadingKeys",
    values: [`${XAPI_STATEMENT_KEY_PREFIX}*`],
  },
} as const;

/** The schedules' dead-letter queue keeps a failed invocation's input as long as the stream's. */
export const SCHEDULE_DLQ_RETENTION_DAYS = STREAM_DLQ_RETENTION_DAYS;

/**
 * What the API may do in the user pool: administrators assign roles, which are
 * Cognito groups (PUT /api/admin/users/{userId}/roles); a person deletes their
 * account (DELETE /api/me: signed out everywhere, then deleted). Nothing else.
 */
export const API_USER_POOL_ACTIONS = [
  "cognito-idp:AdminListGroupsForUser",
  "cognito-idp:AdminAddUserToGroup",
  "cognito-idp:AdminRemoveUserFromGroup",
  "cognito-idp:ListUsersInGroup",
  "cognito-idp:AdminUserGlobalSignOut",
  "cognito-idp:AdminDeleteUser",
] as const;

/** Steady requests per second and the burst API Gateway lets through before answering 429. */
export interface Throttle {
  readonly rateLimit: number;
  readonly burstLimit: number;
}

/**
 * How much traffic the API takes, per stage (decision 0016). API Gateway's limits
 * are shared by every caller of a route: they cap the bill and protect DynamoDB and
 * Cognito's quotas, not one user from another.
 */
export interface ApiLimits {
  /** The whole stage: every route without a limit of its own. */
  readonly stage: Throttle;
  /** Each write route (POST, PUT, PATCH, DELETE), on its own. */
  readonly writes: Throttle;
  /** Each of SENSITIVE_ROUTES, on its own. */
  readonly sensitive: Throttle;
  /**
   * Concurrent executions reserved for the API function, which are also its ceiling.
   * At ~100 ms a request, 50 serve about 500 requests per second.
   */
  readonly reservedConcurrency: number;
  /** Concurrent executions reserved for (and capping) the certificate function. */
  readonly certificateConcurrency: number;
  /** Concurrent executions reserved for (and capping) the SCORM function (decision 0084). */
  readonly scormConcurrency: number;
  /**
   * Concurrent executions reserved for (and capping) the search function (decision 0096):
   * the exchange page's list, a warm search answers from memory in milliseconds.
   */
  readonly searchConcurrency: number;
}

export function apiLimits(stage: string): ApiLimits {
  return isProduction(stage)
    ? {
        stage: { rateLimit: 100, burstLimit: 200 },
        writes: { rateLimit: 20, burstLimit: 40 },
        sensitive: { rateLimit: 5, burstLimit: 10 },
        reservedConcurrency: 50,
        certificateConcurrency: 5,
        scormConcurrency: 3,
        searchConcurrency: 20,
      }
    : {
        stage: { rateLimit: 20, burstLimit: 40 },
        writes: { rateLimit: 5, burstLimit: 10 },
        sensitive: { rateLimit: 2, burstLimit: 5 },
        reservedConcurrency: 5,
        certificateConcurrency: 2,
        scormConcurrency: 1,
        searchConcurrency: 2,
      };
}

/**
 * The routes an attacker would hammer, held to `ApiLimits.sensitive`: guessing
 * certificate codes, calls that reach Cognito's admin API (whose quotas the whole
 * pool shares), account deletion, and upload declarations (each hands out a
 * presigned URL). Every other write route gets `ApiLimits.writes`.
 */
export const SENSITIVE_ROUTES = [
  "GET /api/certificates/{code}",
  // Public, and each one canonicalises and checks signatures (decision 0066).
  "POST /api/badges/verifications",
  "GET /api/trainers",
  "PUT /api/admin/users/{userId}/roles",
  "PUT /api/courses/{courseId}/trainers/{userId}",
  "DELETE /api/me",
  "POST /api/exchange/items/{itemId}/attachments",
  "POST /api/courses/{courseId}/draft/documents",
] as const;

/**
 * Cognito's threat protection (the Plus feature plan): production blocks risky
 * sign-ins and compromised credentials; other stages only record the risks, so
 * testers are not locked out while the same detection runs.
 */
export function cognitoThreatProtection(stage: string): "ENFORCED" | "AUDIT" {
  return isProduction(stage) ? "ENFORCED" : "AUDIT";
}

/** `LOG_LEVEL` per stage: production logs less. */
export function apiLogLevel(stage: string): "INFO" | "DEBUG" {
  return isProduction(stage) ? "INFO" : "DEBUG";
}

/**
 * `CORS_ORIGINS` in the cloud: none. The web app calls `/api` on its own origin through
 * CloudFront, so no cross-origin caller is expected, and naming the CloudFront domain here
 * would make the function depend on the distribution that routes to it (a cycle in CDK).
 */
export const CLOUD_CORS_ORIGINS = "";

/**
 * The attachments bucket accepts browser uploads and downloads through presigned URLs.
 * The signature is the authorisation, so any origin may use one it was given; credentials
 * are never sent.
 */
export const ATTACHMENTS_CORS = {
  allowedOrigins: ["*"],
  allowedMethods: ["GET", "HEAD", "PUT", "POST"],
  allowedHeaders: ["*"],
  exposedHeaders: ["ETag"],
  maxAgeSeconds: 3600,
} as const;

const HSTS_TWO_YEARS = 2 * 365 * 24 * 60 * 60;

/**
 * The browser-facing security headers CloudFront adds to every response of the web app.
 * `connect-src` allows Cognito (sign-in) and S3 (presigned attachment uploads) in REGION;
 * `frame-src` only the privacy-enhanced players of the two video hosts lessons may use,
 * loaded after the learner asks for them (decision 0011).
 */
export const WEB_SECURITY_HEADERS = {
  contentSecurityPolicy: [
    "default-src 'self'",
    "script-src 'self'",
    // Inline style attributes are common in React component libraries; scripts stay strict.
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: https://*.s3.${REGION}.amazonaws.com`,
    "font-src 'self' data:",
    `connect-src 'self' https://cognito-idp.${REGION}.amazonaws.com https://*.s3.${REGION}.amazonaws.com`,
    // 'self': a SCORM lesson plays its package from /scorm/* in a frame (decision 0086).
    "frame-src 'self' https://www.youtube-nocookie.com https://player.vimeo.com",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "upgrade-insecure-requests",
  ].join("; "),
  hstsMaxAgeSeconds: HSTS_TWO_YEARS,
  frameOptions: "DENY",
  referrerPolicy: "strict-origin-when-cross-origin",
} as const;

/** Extracted SCORM packages' path, bucket prefix and headers (decision 0086). */
export { SCORM_CONTENT } from "../packages/core/src/schema/scorm-content.ts";

/**
 * The web app's render function (decision 0031), shared by CDK and SST: Vite bundles it
 * (web/dist-server, `pnpm --filter @alliance/web build`), with the client build's
 * index.html inside, so it is deployed as built rather than bundled again by esbuild.
 */
export const RENDER_FUNCTION = {
  /** The built function, relative to the repository root. */
  directory: "web/dist-server",
  handler: "lambda.handler",
  runtime: API_FUNCTION.runtime,
  architecture: API_FUNCTION.architecture,
  memoryMb: 1024,
  /** A page waits for at most a few API reads; CloudFront's origin timeout is 30 s. */
  timeoutSeconds: 10,
  /** Where the function reads the API over HTTP; PUBLIC_SITE_URL is core's. */
  apiOriginEnv: "API_ORIGIN",
} as const;

/**
 * How long CloudFront keeps a rendered page, per address, query and language (the `lang`
 * cookie the web app writes and Accept-Language): short, so a change shows within a minute.
 */
export const HTML_CACHE = {
  defaultSeconds: 60,
  maxSeconds: 300,
  cookies: ["lang"],
  headers: ["Accept-Language"],
} as const;
