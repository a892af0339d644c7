import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOOK_TIMEOUT_MS, onlyResource, synthAlliance } from "./synth-alliance.ts";

const ONE_YEAR = 31_536_000;
/** CloudFront managed policies, by their documented ids. */
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
const ALL_VIEWER_EXCEPT_HOST_HEADER = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

let web: Template;
let webAssetsDir: string;

beforeAll(() => {
  // A stand-in for web/dist, so the test does not depend on a web build.
  webAssetsDir = mkdtempSync(join(tmpdir(), "web-dist-"));
  writeFileSync(join(webAssetsDir, "index.html"), "<!doctype html><title>Alliance</title>");
  web = synthAlliance({ webAssetsDir }).web;
}, HOOK_TIMEOUT_MS);

afterAll(() => rmSync(webAssetsDir, { recursive: true, force: true }));

function distributionConfig() {
  return onlyResource(web, "AWS::CloudFront::Distribution").Properties.DistributionConfig as {
    DefaultCacheBehavior: Record<string, unknown>;
    CacheBehaviors: Array<Record<string, unknown>>;
    Origins: Array<Record<string, unknown>>;
  };
}

function headersPolicy(comment: string) {
  const policies = Object.values(web.findResources("AWS::CloudFront::ResponseHeadersPolicy"));
  const policy = policies.find(
    (candidate) => candidate.Properties.ResponseHeadersPolicyConfig.Comment === comment,
  );
  expect(policy, comment).toBeDefined();
  return policy?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
}

describe("the web distribution", () => {
  it("reads the private site bucket through origin access control only", () => {
    web.hasResourceProperties("AWS::CloudFront::OriginAccessControl", {
      OriginAccessControlConfig: { OriginAccessControlOriginType: "s3", SigningBehavior: "always" },
    });
    // The site's bucket, and the attachments bucket for SCORM packages (decision 0086).
    const s3Origins = distributionConfig().Origins.filter((origin) => origin.S3OriginConfig);
    expect(s3Origins).toHaveLength(2);
    for (const origin of s3Origins) {
      expect(origin.OriginAccessControlId).toBeDefined();
      expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: "" });
    }
    web.hasResourceProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
  });

  it("adds CSP, HSTS (at least a year, subdomains), nosniff, DENY framing and a referrer policy", () => {
    const headers = headersPolicy("Alliance web app security headers");
    expect(headers.ContentSecurityPolicy.ContentSecurityPolicy).toMatch(/default-src 'self'/);
    expect(headers.ContentSecurityPolicy.ContentSecurityPolicy).toMatch(/frame-ancestors 'none'/);
    expect(headers.ContentSecurityPolicy.ContentSecurityPolicy).not.toMatch(
      /script-src[^;]*unsafe-inline/,
    );
    // Lessons' videos play only in the two hosts' privacy-enhanced players.
    expect(headers.ContentSecurityPolicy.ContentSecurityPolicy).toMatch(
      /frame-src 'self' https:\/\/www\.youtube-nocookie\.com https:\/\/player\.vimeo\.com;/,
    );
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(ONE_YEAR);
    expect(headers.StrictTransportSecurity.IncludeSubdomains).toBe(true);
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.FrameOptions).toEqual({ FrameOption: "DENY", Override: true });
    expect(headers.ReferrerPolicy.ReferrerPolicy).toBe("strict-origin-when-cross-origin");
  });

  it("applies those headers to the site and redirects plain HTTP", () => {
    const site = distributionConfig().DefaultCacheBehavior;
    expect(site.ViewerProtocolPolicy).toBe("redirect-to-https");
    expect(site.ResponseHeadersPolicyId).toEqual({
      Ref: web.getResourceId("AWS::CloudFront::ResponseHeadersPolicy", {
        Properties: {
          ResponseHeadersPolicyConfig: Match.objectLike({
            Comment: "Alliance web app security headers",
          }),
        },
      }),
    });
  });

  it("sends /api/* to the HTTP API uncached, with every viewer header but Host", () => {
    const config = distributionConfig();
    const apiBehaviour = config.CacheBehaviors.find((b) => b.PathPattern === "/api/*");
    expect(apiBehaviour).toMatchObject({
      CachePolicyId: CACHING_DISABLED,
      OriginRequestPolicyId: ALL_VIEWER_EXCEPT_HOST_HEADER,
      ViewerProtocolPolicy: "https-only",
      AllowedMethods: expect.arrayContaining(["GET", "POST", "PUT", "PATCH", "DELETE"]),
    });
    const apiOrigin = config.Origins.find((origin) => origin.Id === apiBehaviour?.TargetOriginId);
    expect(apiOrigin?.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: "https-only" });
    expect(JSON.stringify(apiOrigin?.DomainName)).toMatch(/HttpApi/);
  });

  it("serves extracted SCORM packages from the attachments bucket with their own CSP (decision 0086)", () => {
    const config = distributionConfig();
    const scorm = config.CacheBehaviors.find((b) => b.PathPattern === "/scorm/*");
    expect(scorm).toMatchObject({ ViewerProtocolPolicy: "redirect-to-https" });
    expect(scorm?.AllowedMethods ?? ["GET", "HEAD"]).toEqual(["GET", "HEAD"]);
    const origin = config.Origins.find((each) => each.Id === scorm?.TargetOriginId);
    expect(JSON.stringify(origin?.DomainName)).toMatch(/Attachments/);
    const headers = headersPolicy("Alliance SCORM package security headers");
    const csp = headers.ContentSecurityPolicy.ContentSecurityPolicy as string;
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(headers.FrameOptions.FrameOption).toBe("SAMEORIGIN");
    expect(headers.ContentTypeOptions.Override).toBe(true);
    // The site itself may frame its own origin's packages.
    const site = headersPolicy("Alliance web app security headers");
    expect(site.ContentSecurityPolicy.ContentSecurityPolicy).toContain("frame-src 'self'");
  });

  it("keeps API error responses intact: no distribution-wide error page rewrite", () => {
    expect((distributionConfig() as Record<string, unknown>).CustomErrorResponses).toBeUndefined();
  });

  it("gives the API transport headers but leaves its CSP to the API (docs page)", () => {
    const headers = headersPolicy("Alliance API security headers");
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(ONE_YEAR);
    expect(headers.ContentSecurityPolicy).toBeUndefined();
  });

  it("uploads the built web app and invalidates the distribution's cache", () => {
    web.hasResourceProperties("Custom::CDKBucketDeployment", {
      DistributionPaths: ["/*"],
      DistributionId: { Ref: web.getResourceId("AWS::CloudFront::Distribution") },
    });
  });
});
