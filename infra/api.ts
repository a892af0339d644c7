import { ENV, PUBLIC_ROUTES } from "../packages/core/src/schema/index.ts";
import { limitedRoutes, separateFunctionRoutes } from "./api-routes.ts";
import { userPool, userPoolClient } from "./auth.ts";
import { LOG_RETENTION } from "./operations-settings.ts";
import {
  API_ACCESS_LOG_FORMAT,
  API_FUNCTION,
  API_USER_POOL_ACTIONS,
  apiLimits,
  apiLogLevel,
  CERTIFICATE_FUNCTION,
  CLOUD_CORS_ORIGINS,
  LAMBDA_BUNDLE,
  REGION,
  type SCHEDULED_FUNCTION,
  SCORM_BUCKET_ACCESS,
  SCORM_FUNCTION,
  SEARCH_FUNCTION,
  SEARCH_FUNCTION_ACCESS,
  type STREAM_FUNCTION,
  TRACE_WRITE_ACTIONS,
} from "./platform-settings.ts";
import { attachments, table } from "./storage.ts";

const limits = apiLimits($app.stage);
const limited = limitedRoutes($app.stage);

/**
 * The environment every function of the platform reads core's configuration from.
 * AWS_REGION is set by Lambda itself; the local-only endpoints are never set here.
 */
export const platformEnvironment = {
  [ENV.stage]: $app.stage,
  [ENV.tableName]: table.name,
  [ENV.userPoolId]: userPool.id,
  [ENV.userPoolClientId]: userPoolClient.id,
  [ENV.attachmentsBucket]: attachments.name,
  [ENV.corsOrigins]: CLOUD_CORS_ORIGINS,
  [ENV.logLevel]: apiLogLevel($app.stage),
  // The web app's address, for links the API hands out (a certificate's). Imported lazily:
  // web.ts imports this file for the API's address. No resource cycle: CloudFront needs the
  // HTTP API, not this function.
  [ENV.publicSiteUrl]: $output(import("./web.ts")).apply(({ site }) => site.url),
};

type Permission = { actions: string[]; resources: $util.Input<string>[]; conditions?: unknown[] };

/**
 * A function of the platform as its entry in platform-settings.ts describes it (code, size,
 * bundling), with its permissions, its logs kept LOG_RETENTION and X-Ray active tracing
 * (as stacks/platform-function.ts; decision 0040), which needs the trace-writing actions.
 */
export function platformFunctionArgs<P extends Permission>(
  settings:
    | typeof API_FUNCTION
    | typeof CERTIFICATE_FUNCTION
    | typeof SCORM_FUNCTION
    | typeof SEARCH_FUNCTION
    | typeof STREAM_FUNCTION
    | typeof SCHEDULED_FUNCTION,
  permissions: P[] = [],
) {
  return {
    handler: `${settings.entry.replace(/\.ts$/, "")}.${settings.exportName}`,
    runtime: settings.runtime,
    architecture: settings.architecture,
    memory: `${settings.memoryMb} MB`,
    timeout: `${settings.timeoutSeconds} seconds`,
    nodejs: {
      format: LAMBDA_BUNDLE.format,
      minify: LAMBDA_BUNDLE.minify,
      sourcemap: LAMBDA_BUNDLE.sourcemap,
      loader: "loader" in settings ? { ...settings.loader } : {},
      splitting: "splitting" in settings && settings.splitting,
    },
    environment: platformEnvironment,
    logging: { retention: LOG_RETENTION.sst },
    permissions: [...permissions, { actions: [...TRACE_WRITE_ACTIONS], resources: ["*"] }] as P[],
    transform: { function: { tracingConfig: { mode: "Active" } } },
  } as const;
}

/** The API function. Linking grants it access to the table and the bucket. */
export const apiFunction = new sst.aws.Function("ApiFunction", {
  ...platformFunctionArgs(API_FUNCTION, [
    { actions: [...API_USER_POOL_ACTIONS], resources: [userPool.arn] },
  ]),
  // Reserved, and so also its ceiling (decision 0016).
  concurrency: { reserved: limits.reservedConcurrency },
  link: [table, attachments],
});

/**
 * The certificate function (decision 0028): certificate PDFs, with pdf-lib and the fonts
 * the API function's bundle leaves out. It reads the table, through its own permission
 * rather than a link, which would grant writes too.
 */
/**
 * The Open Badges issuer's key (decision 0067): created empty, filled with a key by the
 * certificate function's first start; only that function reads and writes it.
 */
export const badgeKey = new aws.secretsmanager.Secret("BadgeIssuerKey", {
  description: "Open Badges issuer Ed25519 key (Multikey JSON), written on first use",
});

const certificateArgs = platformFunctionArgs(CERTIFICATE_FUNCTION, [
  {
    // It writes the credentials' status indexes only (decision 0066).
    actions: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem", "dynamodb:UpdateItem"],
    resources: [table.arn, $interpolate`${table.arn}/index/*`],
  },
  {
    actions: ["secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue"],
    resources: [badgeKey.arn],
  },
]);
export const certificateFunction = new sst.aws.Function("CertificateFunction", {
  ...certificateArgs,
  environment: { ...certificateArgs.environment, [ENV.badgeKeySecret]: badgeKey.arn },
  concurrency: { reserved: limits.certificateConcurrency },
});

/**
 * The SCORM function (decision 0084): checks and extracts SCORM packages, with yauzl and
 * fast-xml-parser. It reads the table and writes a course's rows, and reaches only its
 * own places in the bucket (SCORM_BUCKET_ACCESS), as stacks/api-stack.ts grants it.
 */
const scormObjects = (patterns: readonly string[]) =>
  patterns.map((pattern) => $interpolate`${attachments.arn}/${pattern}`);
export const scormFunction = new sst.aws.Function("ScormFunction", {
  ...platformFunctionArgs(SCORM_FUNCTION, [
    {
      actions: [
        "dynamodb:GetItem",
        "dynamodb:Query",
        "dynamodb:BatchGetItem",
        "dynamodb:ConditionCheckItem",
        "dynamodb:PutItem",
        "dynamodb:UpdateItem",
        "dynamodb:DeleteItem",
      ],
      resources: [table.arn, $interpolate`${table.arn}/index/*`],
    },
    { actions: ["s3:GetObject"], resources: scormObjects(SCORM_BUCKET_ACCESS.read) },
    { actions: ["s3:PutObject"], resources: scormObjects(SCORM_BUCKET_ACCESS.write) },
    { actions: ["s3:DeleteObject"], resources: scormObjects(SCORM_BUCKET_ACCESS.remove) },
    {
      actions: ["s3:ListBucket"],
      resources: [attachments.arn],
      conditions: [
        { test: "StringLike", variable: "s3:prefix", values: [SCORM_BUCKET_ACCESS.listPrefix] },
      ],
    },
  ]),
  concurrency: { reserved: limits.scormConcurrency },
});

/**
 * The search function (decision 0096): exchange search, with MiniSearch, its stemmers and
 * stop words, and the snapshot's preload. It reads the table and the snapshot's one object,
 * as stacks/api-stack.ts grants it; the stream function writes that object.
 */
export const searchFunction = new sst.aws.Function("SearchFunction", {
  ...platformFunctionArgs(SEARCH_FUNCTION, [
    {
      actions: ["dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchGetItem"],
      resources: [table.arn, $interpolate`${table.arn}/index/*`],
    },
    {
      actions: [...SEARCH_FUNCTION_ACCESS.objectActions],
      resources: [$interpolate`${attachments.arn}/${SEARCH_FUNCTION_ACCESS.objectKey}`],
    },
  ]),
  concurrency: { reserved: limits.searchConcurrency },
});

/**
 * The stage is made with the API, before its routes; API Gateway refuses settings for
 * a route that does not exist yet, so the stage waits for this list (filled below).
 */
let limitedRoutesMade: (routes: $util.Input<$util.Resource>[]) => void = () => {};
const limitedRoutesReady = new Promise<$util.Input<$util.Resource>[]>((resolve) => {
  limitedRoutesMade = resolve;
});

/**
 * HTTP API. CORS is off: the web app calls it same-origin through CloudFront, and the
 * Hono app answers CORS itself if CORS_ORIGINS is ever set. Throttled as a whole and
 * per limited route (infra/api-routes.ts, the same list as stacks/api-stack.ts).
 */
export const api = new sst.aws.ApiGatewayV2("Api", {
  cors: false,
  accessLog: { retention: LOG_RETENTION.sst },
  transform: {
    stage: (args, opts) => {
      // The same JSON line as CDK's (platform-settings.ts), into SST's log group.
      args.accessLogSettings = $output(args.accessLogSettings).apply((settings) => ({
        destinationArn: settings?.destinationArn ?? "",
        format: JSON.stringify(API_ACCESS_LOG_FORMAT),
      }));
      args.defaultRouteSettings = {
        throttlingRateLimit: limits.stage.rateLimit,
        throttlingBurstLimit: limits.stage.burstLimit,
      };
      args.routeSettings = limited.map(({ key, throttle }) => ({
        routeKey: key,
        throttlingRateLimit: throttle.rateLimit,
        throttlingBurstLimit: throttle.burstLimit,
      }));
      opts.dependsOn = limitedRoutesReady;
    },
  },
});

const authorizer = api.addAuthorizer({
  name: "Cognito",
  jwt: {
    issuer: $interpolate`https://cognito-idp.${REGION}.amazonaws.com/${userPool.id}`,
    // Access tokens carry the client id in `client_id`, id tokens in `aud`: both match.
    audiences: [userPoolClient.id],
  },
});

const routes = new Map<string, $util.Input<$util.Resource>>();
// Certificate downloads and Open Badges, SCORM checks and exchange search go to functions
// of their own (decisions 0028, 0066, 0084, 0096), from the table stacks/api-stack.ts
// routes from too; every other route to the API's.
const functionArns = {
  CertificateFunction: certificateFunction.arn,
  ScormFunction: scormFunction.arn,
  SearchFunction: searchFunction.arn,
} satisfies Record<keyof ReturnType<typeof separateFunctionRoutes>, $util.Output<string>>;
for (const [id, ownRoutes] of Object.entries(separateFunctionRoutes())) {
  const arn = functionArns[id as keyof typeof functionArns];
  for (const route of ownRoutes) {
    routes.set(
      route.key,
      api.route(
        route.key,
        arn,
        route.public ? {} : { auth: { jwt: { authorizer: authorizer.id } } },
      ).nodes.route,
    );
  }
}
for (const route of PUBLIC_ROUTES) {
  const key = `${route.method} ${route.path}`;
  if (!routes.has(key)) routes.set(key, api.route(key, apiFunction.arn).nodes.route);
}

const catchAll = api.route("ANY /api/{proxy+}", apiFunction.arn, {
  auth: { jwt: { authorizer: authorizer.id } },
});

// A limited route needs a route of its own (the catch-all has one setting for all). It
// reuses the catch-all's integration and invoke permission: one per route would
// outgrow the function's 20 KB resource policy.
for (const { key } of limited.filter(({ key }) => !routes.has(key))) {
  const name = key.replace(/[^A-Za-z0-9]+(.)?/g, (_match, next = "") => next.toUpperCase());
  const route = new aws.apigatewayv2.Route(`ApiLimitedRoute${name}`, {
    apiId: api.nodes.api.id,
    routeKey: key,
    target: $interpolate`integrations/${catchAll.nodes.integration.id}`,
    authorizationType: "JWT",
    authorizerId: authorizer.id,
  });
  routes.set(key, route);
}
limitedRoutesMade(limited.flatMap(({ key }) => routes.get(key) ?? []));
