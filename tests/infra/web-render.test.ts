import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Template } from "aws-cdk-lib/assertions";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HTML_CACHE, RENDER_FUNCTION } from "../../infra/platform-settings.ts";
import { HOOK_TIMEOUT_MS, onlyResource, synthAlliance, TEST_SITE_URL } from "./synth-alliance.ts";

/** CloudFront managed policies, by their documented ids. */
const CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
const CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";

let web: Template;
const dirs: string[] = [];

beforeAll(() => {
  // Stand-ins for web/dist and web/dist-server, so the test does not depend on a build.
  const assets = mkdtempSync(join(tmpdir(), "web-dist-"));
  writeFileSync(join(assets, "index.html"), "<!doctype html><title>Alliance</title>");
  const render = mkdtempSync(join(tmpdir(), "web-dist-server-"));
  writeFileSync(join(render, "lambda.mjs"), "export const handler = async () => ({});");
  dirs.push(assets, render);
  web = synthAlliance({ webAssetsDir: assets, webRenderDir: render }).web;
}, HOOK_TIMEOUT_MS);

afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

type Behaviour = Record<string, unknown>;

function distributionConfig() {
  return onlyResource(web, "AWS::CloudFront::Distribution").Properties.DistributionConfig as {
    DefaultCacheBehavior: Behaviour;
    CacheBehaviors: Behaviour[];
    Origins: Array<Record<string, unknown>>;
    DefaultRootObject?: string;
  };
}

function originOf(behaviour: Behaviour | undefined) {
  return distributionConfig().Origins.find((origin) => origin.Id === behaviour?.TargetOriginId);
}

describe("the web distribution with the render function", () => {
  it("gives the function a URL that only signed requests may call (IAM, not public)", () => {
    const url = onlyResource(web, "AWS::Lambda::Url").Properties;
    expect(url.AuthType).toBe("AWS_IAM");
    web.hasResourceProperties("AWS::CloudFront::OriginAccessControl", {
      OriginAccessControlConfig: {
        OriginAccessControlOriginType: "lambda",
        SigningBehavior: "always",
        SigningProtocol: "sigv4",
      },
    });
    // Only CloudFront, and only for this distribution, may invoke the URL.
    const permissions = Object.values(web.findResources("AWS::Lambda::Permission")).map(
      (permission) => permission.Properties,
    );
    const forUrl = permissions.filter((p) => p.Action === "lambda:InvokeFunctionUrl");
    expect(forUrl.length).toBeGreaterThan(0);
    for (const permission of forUrl) {
      expect(permission.Principal).toBe("cloudfront.amazonaws.com");
      expect(JSON.stringify(permission.SourceArn)).toMatch(/distribution/);
    }
    expect(permissions.some((p) => p.Principal === "*")).toBe(false);
  });

  it("sends pages to the function through origin access control, cached a minute per language", () => {
    const config = distributionConfig();
    const pages = config.DefaultCacheBehavior;
    const origin = originOf(pages);
    expect(origin?.OriginAccessControlId).toBeDefined();
    expect(JSON.stringify(origin?.DomainName)).toMatch(/RenderFunction/);
    expect(pages.ViewerProtocolPolicy).toBe("redirect-to-https");
    expect(pages.FunctionAssociations).toBeUndefined();
    // "/" is the function's to answer; no rewrite to the bucket's index.html.
    expect(config.DefaultRootObject).toBeUndefined();
    const policy = onlyResource(web, "AWS::CloudFront::CachePolicy").Properties
      .CachePolicyConfig as {
      DefaultTTL: number;
      MaxTTL: number;
      ParametersInCacheKeyAndForwardedToOrigin: Record<string, unknown>;
    };
    expect(pages.CachePolicyId).toEqual({
      Ref: web.getResourceId("AWS::CloudFront::CachePolicy"),
    });
    expect(policy.DefaultTTL).toBe(HTML_CACHE.defaultSeconds);
    expect(policy.MaxTTL).toBe(HTML_CACHE.maxSeconds);
    const key = policy.ParametersInCacheKeyAndForwardedToOrigin;
    expect(key.CookiesConfig).toEqual({ CookieBehavior: "whitelist", Cookies: ["lang"] });
    expect(key.HeadersConfig).toEqual({
      HeaderBehavior: "whitelist",
      Headers: ["Accept-Language"],
    });
    expect(key.QueryStringsConfig).toEqual({ QueryStringBehavior: "all" });
  });

  it("serves the hashed assets from the private bucket, cached long", () => {
    const assets = distributionConfig().CacheBehaviors.find((b) => b.PathPattern === "/assets/*");
    expect(assets?.CachePolicyId).toBe(CACHING_OPTIMIZED);
    expect(originOf(assets)?.S3OriginConfig).toEqual({ OriginAccessIdentity: "" });
    expect(originOf(assets)?.OriginAccessControlId).toBeDefined();
    web.hasResourceProperties("Custom::CDKBucketDeployment", {
      Exclude: ["index.html"],
      SystemMetadata: { "cache-control": "public, max-age=31536000, immutable" },
    });
  });

  it("keeps /api/* on the HTTP API, uncached", () => {
    const api = distributionConfig().CacheBehaviors.find((b) => b.PathPattern === "/api/*");
    expect(api?.CachePolicyId).toBe(CACHING_DISABLED);
    expect(JSON.stringify(originOf(api)?.DomainName)).toMatch(/HttpApi/);
  });

  it("runs the built function on Node 22, arm64, with the site's and the API's addresses", () => {
    const render = Object.values(web.findResources("AWS::Lambda::Function")).find(
      (fn) => fn.Properties.Handler === RENDER_FUNCTION.handler,
    )?.Properties;
    expect(render).toMatchObject({
      Runtime: "nodejs22.x",
      Architectures: ["arm64"],
      MemorySize: RENDER_FUNCTION.memoryMb,
      Timeout: RENDER_FUNCTION.timeoutSeconds,
    });
    expect(render?.Environment.Variables.PUBLIC_SITE_URL).toBe(TEST_SITE_URL);
    expect(JSON.stringify(render?.Environment.Variables.API_ORIGIN)).toMatch(/https:\/\//);
  });
});
