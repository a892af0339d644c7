import type { Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import { apiRoutes, certificatePdfRoute, limitedRoutes } from "../../infra/api-routes.ts";
import { apiLimits, SENSITIVE_ROUTES } from "../../infra/platform-settings.ts";
import { PUBLIC_ROUTES } from "../../packages/core/src/schema/index.ts";
import { HOOK_TIMEOUT_MS, lambdaFunction, onlyResource, synthAlliance } from "./synth-alliance.ts";

/** Each stage's templates: the limits differ per stage, from infra/platform-settings.ts. */
const synthesised: Record<string, { api: Template; auth: Template }> = {};
const stages = ["test", "production"] as const;
const templates = (stage: string) => {
  const found = synthesised[stage];
  if (!found) throw new Error(`no template for ${stage}`);
  return found;
};

type RouteSettings = Record<string, { ThrottlingRateLimit: number; ThrottlingBurstLimit: number }>;

function stageOf(api: Template) {
  const stage = onlyResource(api, "AWS::ApiGatewayV2::Stage");
  return {
    defaults: stage.Properties.DefaultRouteSettings as Record<string, number>,
    routes: stage.Properties.RouteSettings as RouteSettings,
    dependsOn: (stage.DependsOn ?? []) as string[],
  };
}

describe.each(stages)("on the %s stage", (stage) => {
  const limits = apiLimits(stage);

  // One synth per stage, each with its own time budget (seconds, more on a loaded machine).
  beforeAll(() => {
    const { api, auth } = synthAlliance({ stage });
    synthesised[stage] = { api, auth };
  }, HOOK_TIMEOUT_MS);

  it("limits the whole stage by default", () => {
    expect(stageOf(templates(stage).api).defaults).toMatchObject({
      ThrottlingRateLimit: limits.stage.rateLimit,
      ThrottlingBurstLimit: limits.stage.burstLimit,
    });
  });

  it("limits every write route of the API on its own", () => {
    const { routes } = stageOf(templates(stage).api);
    const writes = apiRoutes().filter((route) => route.method !== "GET");
    expect(writes.length).toBeGreaterThan(20);
    for (const { key } of writes) {
      const expected = (SENSITIVE_ROUTES as readonly string[]).includes(key)
        ? limits.sensitive
        : limits.writes;
      expect(routes[key], key).toEqual({
        ThrottlingRateLimit: expected.rateLimit,
        ThrottlingBurstLimit: expected.burstLimit,
      });
    }
  });

  it("holds certificate checks, Cognito calls, account deletion and upload declarations lower", () => {
    const { routes } = stageOf(templates(stage).api);
    for (const key of SENSITIVE_ROUTES) {
      expect(routes[key], key).toEqual({
        ThrottlingRateLimit: limits.sensitive.rateLimit,
        ThrottlingBurstLimit: limits.sensitive.burstLimit,
      });
    }
    expect(limits.sensitive.rateLimit).toBeLessThan(limits.writes.rateLimit);
    expect(limits.writes.rateLimit).toBeLessThan(limits.stage.rateLimit);
  });

  it("gives every limited route a route of its own, created before the stage that names it", () => {
    const { api } = templates(stage);
    const { routes, dependsOn } = stageOf(api);
    const byKey = new Map(
      Object.entries(api.findResources("AWS::ApiGatewayV2::Route")).map(([id, resource]) => [
        resource.Properties.RouteKey as string,
        { id, auth: resource.Properties.AuthorizationType as string },
      ]),
    );
    const publicKeys = new Set(PUBLIC_ROUTES.map((route) => `${route.method} ${route.path}`));
    for (const key of Object.keys(routes)) {
      const route = byKey.get(key);
      expect(route, key).toBeDefined();
      expect(dependsOn, key).toContain(route?.id);
      expect(route?.auth, key).toBe(publicKeys.has(key) ? "NONE" : "JWT");
    }
  });

  it("reserves (and so caps) the API function's concurrency", () => {
    const fn = lambdaFunction(templates(stage).api, "ApiFunction").Properties;
    expect(fn.ReservedConcurrentExecutions).toBe(limits.reservedConcurrency);
  });

  it("reserves (and so caps) the certificate function's concurrency, below the API's", () => {
    const fn = lambdaFunction(templates(stage).api, "CertificateFunction").Properties;
    expect(fn.ReservedConcurrentExecutions).toBe(limits.certificateConcurrency);
    expect(limits.certificateConcurrency).toBeLessThan(limits.reservedConcurrency);
  });

  it("reserves (and so caps) the search function's concurrency, below the API's (decision 0096)", () => {
    const fn = lambdaFunction(templates(stage).api, "SearchFunction").Properties;
    expect(fn.ReservedConcurrentExecutions).toBe(limits.searchConcurrency);
    expect(limits.searchConcurrency).toBeLessThan(limits.reservedConcurrency);
  });

  it("protects sign-in with Cognito's threat protection on the Plus plan", () => {
    const pool = onlyResource(templates(stage).auth, "AWS::Cognito::UserPool").Properties;
    expect(pool.UserPoolTier).toBe("PLUS");
    expect(pool.UserPoolAddOns).toEqual({
      AdvancedSecurityMode: stage === "production" ? "ENFORCED" : "AUDIT",
    });
  });

  it("lets API Gateway invoke each function with one permission, not one per route", () => {
    const permissions = Object.values(
      templates(stage).api.findResources("AWS::Lambda::Permission"),
    ).filter((permission) => permission.Properties.Principal === "apigateway.amazonaws.com");
    const functions = permissions.map((permission) =>
      JSON.stringify(permission.Properties.FunctionName),
    );
    expect(functions).toHaveLength(4);
    expect(functions.some((name) => name.includes("ApiFunction"))).toBe(true);
    expect(functions.some((name) => name.includes("CertificateFunction"))).toBe(true);
    // The SCORM function's one route (decision 0084).
    expect(functions.some((name) => name.includes("ScormFunction"))).toBe(true);
    // Exchange search (decision 0096).
    expect(functions.some((name) => name.includes("SearchFunction"))).toBe(true);
  });
});

describe("the list of limited routes", () => {
  it("refuses a certificate function route the API no longer has", () => {
    const document = { paths: { "/api/health": { get: {} } } };
    expect(() => certificatePdfRoute(document)).toThrow(/GET \/api\/me\/certificates\/\{code\}/);
  });

  it("refuses a sensitive route the API no longer has", () => {
    const document = { paths: { "/api/health": { get: {} } } };
    expect(() => limitedRoutes("test", document)).toThrow(/GET \/api\/certificates\/\{code\}/);
  });
});
