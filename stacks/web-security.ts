import { Duration } from "aws-cdk-lib";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import type { Construct } from "constructs";
import { SCORM_CONTENT, WEB_SECURITY_HEADERS } from "../infra/platform-settings.ts";

const strictTransportSecurity = {
  accessControlMaxAge: Duration.seconds(WEB_SECURITY_HEADERS.hstsMaxAgeSeconds),
  includeSubdomains: true,
  preload: true,
  override: true,
};

/** Security headers for the web app's pages and assets (CSP, HSTS, framing, sniffing, referrer). */
export function webHeadersPolicy(scope: Construct): cloudfront.ResponseHeadersPolicy {
  return new cloudfront.ResponseHeadersPolicy(scope, "WebSecurityHeaders", {
    comment: "Alliance web app security headers",
    securityHeadersBehavior: {
      contentSecurityPolicy: {
        contentSecurityPolicy: WEB_SECURITY_HEADERS.contentSecurityPolicy,
        override: true,
      },
      strictTransportSecurity,
      contentTypeOptions: { override: true },
      frameOptions: {
        frameOption: cloudfront.HeadersFrameOption[WEB_SECURITY_HEADERS.frameOptions],
        override: true,
      },
      referrerPolicy: {
        referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
    },
  });
}

/** Headers for `/scorm/*` (decision 0086): the packages' own CSP; framed by the site only. */
export function scormHeadersPolicy(scope: Construct): cloudfront.ResponseHeadersPolicy {
  return new cloudfront.ResponseHeadersPolicy(scope, "ScormSecurityHeaders", {
    comment: "Alliance SCORM package security headers",
    securityHeadersBehavior: {
      contentSecurityPolicy: {
        contentSecurityPolicy: SCORM_CONTENT.contentSecurityPolicy,
        override: true,
      },
      strictTransportSecurity,
      contentTypeOptions: { override: true },
      frameOptions: {
        frameOption: cloudfront.HeadersFrameOption[SCORM_CONTENT.frameOptions],
        override: true,
      },
      referrerPolicy: {
        referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: true,
      },
    },
  });
}

/** Headers for `/api/*`: transport and sniffing only; the API sets its own CSP (docs page). */
export function apiHeadersPolicy(scope: Construct): cloudfront.ResponseHeadersPolicy {
  return new cloudfront.ResponseHeadersPolicy(scope, "ApiSecurityHeaders", {
    comment: "Alliance API security headers",
    securityHeadersBehavior: {
      strictTransportSecurity,
      contentTypeOptions: { override: true },
      referrerPolicy: {
        referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
        override: false,
      },
    },
  });
}

/**
 * Client-side routes (`/courses/crs_…`) have no file in the bucket: serve index.html for
 * any path whose last segment has no extension. A distribution-wide 404→index.html error
 * response would also rewrite the API's own 404s, so this runs on the site behaviour only.
 */
export function spaRewrite(scope: Construct): cloudfront.Function {
  return new cloudfront.Function(scope, "SpaRewrite", {
    runtime: cloudfront.FunctionRuntime.JS_2_0,
    comment: "Serve index.html for client-side routes",
    code: cloudfront.FunctionCode.fromInline(
      [
        "function handler(event) {",
        "  var request = event.request;",
        "  var last = request.uri.split('/').pop();",
        "  if (last.indexOf('.') === -1) request.uri = '/index.html';",
        "  return request;",
        "}",
      ].join("\n"),
    ),
  });
}
