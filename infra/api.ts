import { ENV, PUBLIC_ROUTES } from "../packages/core/src/schema/index.ts";
import { userPool, userPoolClient } from "./auth.ts";
import {
  API_FUNCTION,
  API_USER_POOL_ACTIONS,
  apiLogLevel,
  CLOUD_CORS_ORIGINS,
  REGION,
} from "./platform-settings.ts";
import { attachments, table } from "./storage.ts";

/** The one API function. Linking grants it access to the table and the bucket. */
export const apiFunction = new sst.aws.Function("ApiFunction", {
  handler: `${API_FUNCTION.entry.replace(/\.ts$/, "")}.${API_FUNCTION.exportName}`,
  runtime: API_FUNCTION.runtime,
  architecture: API_FUNCTION.architecture,
  memory: `${API_FUNCTION.memoryMb} MB`,
  timeout: `${API_FUNCTION.timeoutSeconds} seconds`,
  link: [table, attachments],
  permissions: [{ actions: [...API_USER_POOL_ACTIONS], resources: [userPool.arn] }],
  nodejs: { format: "esm", minify: true, sourcemap: true },
  // AWS_REGION is set by Lambda itself; the local-only endpoints are never set here.
  environment: {
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
  },
});

/**
 * HTTP API. CORS is off: the web app calls it same-origin through CloudFront, and the
 * Hono app answers CORS itself if CORS_ORIGINS is ever set.
 */
export const api = new sst.aws.ApiGatewayV2("Api", { cors: false });

const authorizer = api.addAuthorizer({
  name: "Cognito",
  jwt: {
    issuer: $interpolate`https://cognito-idp.${REGION}.amazonaws.com/${userPool.id}`,
    // Access tokens carry the client id in `client_id`, id tokens in `aud`: both match.
    audiences: [userPoolClient.id],
  },
});

for (const route of PUBLIC_ROUTES) {
  api.route(`${route.method} ${route.path}`, apiFunction.arn);
}

api.route("ANY /api/{proxy+}", apiFunction.arn, {
  auth: { jwt: { authorizer: authorizer.id } },
});
