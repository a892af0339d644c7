import { WEB_ENV } from "../packages/core/src/schema/index.ts";
import { api } from "./api.ts";
import { userPool, userPoolClient } from "./auth.ts";
import { WEB_SECURITY_HEADERS } from "./platform-settings.ts";

/** CloudFront managed policies (fixed, documented ids). */
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

const strictTransportSecurity = {
  accessControlMaxAgeSec: WEB_SECURITY_HEADERS.hstsMaxAgeSeconds,
  includeSubdomains: true,
  preload: true,
  override: true,
};

/** Headers for the web app's pages and assets. */
const webHeaders = new aws.cloudfront.ResponseHeadersPolicy("WebSecurityHeaders", {
  comment: "Alliance web app security headers",
  securityHeadersConfig: {
    contentSecurityPolicy: {
      contentSecurityPolicy: WEB_SECURITY_HEADERS.contentSecurityPolicy,
      override: true,
    },
    strictTransportSecurity,
    contentTypeOptions: { override: true },
    frameOptions: { frameOption: WEB_SECURITY_HEADERS.frameOptions, override: true },
    referrerPolicy: { referrerPolicy: WEB_SECURITY_HEADERS.referrerPolicy, override: true },
  },
});

/** Headers for `/api/*`: transport and sniffing only; the API sets its own CSP (docs page). */
const apiHeaders = new aws.cloudfront.ResponseHeadersPolicy("ApiSecurityHeaders", {
  comment: "Alliance API security headers",
  securityHeadersConfig: {
    strictTransportSecurity,
    contentTypeOptions: { override: true },
    referrerPolicy: { referrerPolicy: WEB_SECURITY_HEADERS.referrerPolicy, override: false },
  },
});

const apiDomain = api.url.apply((url) => new URL(url).hostname);

/**
 * The web app, built by Vite with the sign-in settings, behind CloudFront. `/api/*` goes to
 * the HTTP API on the same origin, uncached, with every viewer header except Host.
 */
export const site = new sst.aws.StaticSite("Web", {
  path: "web",
  build: { command: "pnpm run build", output: "dist" },
  environment: {
    [WEB_ENV.userPoolId]: userPool.id,
    [WEB_ENV.userPoolClientId]: userPoolClient.id,
  },
  // SST writes env typings for Vite; keep the generated file out of web/src.
  vite: { types: "../.sst/web-env.d.ts" },
  transform: {
    cdn: (args) => {
      args.defaultCacheBehavior = $resolve({
        behavior: args.defaultCacheBehavior,
        responseHeadersPolicyId: webHeaders.id,
      }).apply(({ behavior, responseHeadersPolicyId }) => ({
        ...behavior,
        responseHeadersPolicyId,
      }));
      args.origins = $resolve({ origins: args.origins, domainName: apiDomain }).apply(
        ({ origins, domainName }) => [
          ...origins,
          {
            originId: "api",
            domainName,
            customOriginConfig: {
              httpPort: 80,
              httpsPort: 443,
              originProtocolPolicy: "https-only",
              originSslProtocols: ["TLSv1.2"],
            },
          },
        ],
      );
      args.orderedCacheBehaviors = [
        {
          pathPattern: "/api/*",
          targetOriginId: "api",
          viewerProtocolPolicy: "https-only",
          allowedMethods: ["DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT"],
          cachedMethods: ["GET", "HEAD"],
          compress: true,
          cachePolicyId: CACHING_DISABLED,
          originRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicyId: apiHeaders.id,
        },
      ];
    },
  },
});
