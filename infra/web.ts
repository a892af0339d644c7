import { ENV, WEB_ENV } from "../packages/core/src/schema/index.ts";
import { api } from "./api.ts";
import { userPool, userPoolClient } from "./auth.ts";
import { LOG_RETENTION } from "./operations-settings.ts";
import {
  HTML_CACHE,
  RENDER_FUNCTION,
  SCORM_CONTENT,
  WEB_SECURITY_HEADERS,
} from "./platform-settings.ts";
import { attachments } from "./storage.ts";

/** CloudFront managed policies (fixed, documented ids). */
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";
const CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";

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

/** Headers for `/scorm/*` (decision 0086): the packages' own CSP; framed by the site only. */
const scormHeaders = new aws.cloudfront.ResponseHeadersPolicy("ScormSecurityHeaders", {
  comment: "Alliance SCORM package security headers",
  securityHeadersConfig: {
    contentSecurityPolicy: {
      contentSecurityPolicy: SCORM_CONTENT.contentSecurityPolicy,
      override: true,
    },
    strictTransportSecurity,
    contentTypeOptions: { override: true },
    frameOptions: { frameOption: SCORM_CONTENT.frameOptions, override: true },
    referrerPolicy: { referrerPolicy: WEB_SECURITY_HEADERS.referrerPolicy, override: true },
  },
});

const scormAccess = new aws.cloudfront.OriginAccessControl("ScormFilesAccess", {
  description: "CloudFront signs its requests for extracted SCORM packages",
  originAccessControlOriginType: "s3",
  signingBehavior: "always",
  signingProtocol: "sigv4",
});

const apiDomain = api.url.apply((url) => new URL(url).hostname);

/**
 * The render function of the public pages (decision 0031), built with the site: the
 * site's build command builds the client and then the function (web/dist-server) from
 * it. Its URL takes IAM-signed requests only: CloudFront's, through origin access control.
 * The public address comes from the deploy's PUBLIC_SITE_URL (as CDK's `-c siteUrl`):
 * the distribution's own address would make a cycle (it needs this function's URL).
 */
export const render = new sst.aws.Function("WebRender", {
  bundle: RENDER_FUNCTION.directory,
  handler: RENDER_FUNCTION.handler,
  runtime: RENDER_FUNCTION.runtime,
  architecture: RENDER_FUNCTION.architecture,
  memory: `${RENDER_FUNCTION.memoryMb} MB`,
  timeout: `${RENDER_FUNCTION.timeoutSeconds} seconds`,
  url: { authorization: "iam" },
  logging: { retention: LOG_RETENTION.sst },
  environment: {
    [ENV.publicSiteUrl]: process.env[ENV.publicSiteUrl] ?? "",
    [RENDER_FUNCTION.apiOriginEnv]: api.url,
    NODE_OPTIONS: "--enable-source-maps",
  },
});

const renderDomain = render.url.apply((url) => new URL(url).hostname);

const renderAccess = new aws.cloudfront.OriginAccessControl("WebRenderAccess", {
  description: "CloudFront signs its requests to the render function's URL",
  originAccessControlOriginType: "lambda",
  signingBehavior: "always",
  signingProtocol: "sigv4",
});

/** Rendered pages: a minute at the edge, one copy per address, query and language. */
const htmlCache = new aws.cloudfront.CachePolicy("HtmlCache", {
  comment: "Alliance rendered pages: short, per language",
  minTtl: 0,
  defaultTtl: HTML_CACHE.defaultSeconds,
  maxTtl: HTML_CACHE.maxSeconds,
  parametersInCacheKeyAndForwardedToOrigin: {
    cookiesConfig: { cookieBehavior: "whitelist", cookies: { items: [...HTML_CACHE.cookies] } },
    headersConfig: { headerBehavior: "whitelist", headers: { items: [...HTML_CACHE.headers] } },
    queryStringsConfig: { queryStringBehavior: "all" },
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  },
});

/**
 * The web app, built by Vite with the sign-in settings, behind CloudFront. Pages go to the
 * render function, `/assets/*` (hashed names) to the site's bucket as SST serves it, and
 * `/api/*` to the HTTP API on the same origin, uncached, with every viewer header except Host.
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
      // SST's own behaviour for the bucket now serves the hashed assets only.
      const assets = $resolve({
        behavior: args.defaultCacheBehavior,
        responseHeadersPolicyId: webHeaders.id,
      }).apply(({ behavior, responseHeadersPolicyId }) => ({
        ...behavior,
        pathPattern: "/assets/*",
        responseHeadersPolicyId,
      }));
      args.defaultCacheBehavior = $resolve({
        responseHeadersPolicyId: webHeaders.id,
        cachePolicyId: htmlCache.id,
      }).apply(({ responseHeadersPolicyId, cachePolicyId }) => ({
        targetOriginId: "render",
        viewerProtocolPolicy: "redirect-to-https",
        allowedMethods: ["GET", "HEAD"],
        cachedMethods: ["GET", "HEAD"],
        compress: true,
        cachePolicyId,
        responseHeadersPolicyId,
      }));
      args.origins = $resolve({
        origins: args.origins,
        domainName: apiDomain,
        renderDomainName: renderDomain,
        renderAccessId: renderAccess.id,
        scormDomainName: attachments.nodes.bucket.bucketRegionalDomainName,
        scormAccessId: scormAccess.id,
      }).apply(
        ({
          origins,
          domainName,
          renderDomainName,
          renderAccessId,
          scormDomainName,
          scormAccessId,
        }) => [
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
          {
            originId: "render",
            domainName: renderDomainName,
            originAccessControlId: renderAccessId,
            customOriginConfig: {
              httpPort: 80,
              httpsPort: 443,
              originProtocolPolicy: "https-only",
              originSslProtocols: ["TLSv1.2"],
            },
          },
          {
            originId: "scorm",
            domainName: scormDomainName,
            originAccessControlId: scormAccessId,
            s3OriginConfig: { originAccessIdentity: "" },
          },
        ],
      );
      args.orderedCacheBehaviors = [
        assets,
        {
          pathPattern: SCORM_CONTENT.pathPattern,
          targetOriginId: "scorm",
          viewerProtocolPolicy: "redirect-to-https",
          allowedMethods: ["GET", "HEAD"],
          cachedMethods: ["GET", "HEAD"],
          compress: true,
          cachePolicyId: CACHING_OPTIMIZED,
          responseHeadersPolicyId: scormHeaders.id,
        },
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

/** Only this distribution may call the render function's URL (and so the function). */
for (const action of ["lambda:InvokeFunctionUrl", "lambda:InvokeFunction"]) {
  new aws.lambda.Permission(`WebRenderFromCdn${action.split(":")[1]}`, {
    action,
    function: render.name,
    principal: "cloudfront.amazonaws.com",
    sourceArn: site.nodes.cdn?.nodes.distribution.arn ?? "",
  });
}
