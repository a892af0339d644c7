import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, expect, it } from "vitest";
import {
  CERTIFICATE_FUNCTION_ROUTES,
  CERTIFICATE_PDF_ROUTE,
  SCORM_FUNCTION_ROUTES,
  SEARCH_FUNCTION_ROUTES,
} from "../../infra/api-routes.ts";
import { API_USER_POOL_ACTIONS, TRACE_WRITE_ACTIONS } from "../../infra/platform-settings.ts";
import {
  ENV,
  PUBLIC_ROUTES,
  ROLES,
  SEARCH_SNAPSHOT_KEY,
} from "../../packages/core/src/schema/index.ts";
import {
  HOOK_TIMEOUT_MS,
  lambdaFunction,
  onlyResource,
  repoRoot,
  synthAlliance,
  TEST_SITE_URL,
} from "./synth-alliance.ts";

let auth: Template;
let api: Template;
let assemblyDir: string;

beforeAll(() => {
  // The one synth of this file that really runs esbuild on packages/api/src/lambda.ts.
  ({ auth, api, assemblyDir } = synthAlliance({ bundle: true }));
}, HOOK_TIMEOUT_MS);

/** The environment variables of the function with construct id `id`. */
const environment = (id: string) =>
  (lambdaFunction(api, id).Properties.Environment as { Variables: Record<string, unknown> })
    .Variables;

/** Every IAM statement of the policies attached to the role of function `id`. */
function roleStatements(id: string) {
  const role = JSON.stringify(lambdaFunction(api, id).Properties.Role);
  const roleId = /"Fn::GetAtt":\["([^"]+)"/.exec(role)?.[1] ?? "";
  return Object.values(api.findResources("AWS::IAM::Policy"))
    .filter((policy) => JSON.stringify(policy.Properties.Roles).includes(`"${roleId}"`))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement) as {
    Action: string | string[];
    Resource: unknown;
    Condition?: unknown;
  }[];
}

describe("sign-in", () => {
  it("creates exactly one Cognito group per role", () => {
    const groups = Object.values(auth.findResources("AWS::Cognito::UserPoolGroup"));
    expect(groups.map((group) => group.Properties.GroupName).sort()).toEqual([...ROLES].sort());
  });

  it("signs users in with their username or their email address", () => {
    auth.hasResourceProperties("AWS::Cognito::UserPool", {
      AliasAttributes: ["email"],
      UsernameAttributes: Match.absent(),
      AutoVerifiedAttributes: ["email"],
    });
  });

  it("gives the web app a public client with password and refresh flows only", () => {
    const client = onlyResource(auth, "AWS::Cognito::UserPoolClient").Properties;
    expect(client.GenerateSecret).toBe(false);
    expect([...(client.ExplicitAuthFlows as string[])].sort()).toEqual([
      "ALLOW_REFRESH_TOKEN_AUTH",
      "ALLOW_USER_PASSWORD_AUTH",
    ]);
  });

  it("outputs the pool and client ids the web build needs", () => {
    auth.hasOutput("UserPoolId", { Value: { Ref: auth.getResourceId("AWS::Cognito::UserPool") } });
    auth.hasOutput("UserPoolClientId", {
      Value: { Ref: auth.getResourceId("AWS::Cognito::UserPoolClient") },
    });
  });
});

describe("routes", () => {
  const routeKey = (route: { method: string; path: string }) => `${route.method} ${route.path}`;
  const publicKeys = new Set(PUBLIC_ROUTES.map(routeKey));

  function routes() {
    return Object.values(api.findResources("AWS::ApiGatewayV2::Route")).map(
      (route) => route.Properties as { RouteKey: string; AuthorizationType?: string },
    );
  }

  it("serves every public route without a token", () => {
    const byKey = new Map(routes().map((route) => [route.RouteKey, route]));
    for (const key of publicKeys) {
      expect(byKey.get(key)?.AuthorizationType, key).toBe("NONE");
    }
  });

  it("guards every other route, including the catch-all, with the JWT authorizer", () => {
    const guarded = routes().filter((route) => !publicKeys.has(route.RouteKey));
    expect(guarded.map((route) => route.RouteKey)).toContain("ANY /api/{proxy+}");
    for (const route of guarded) {
      expect(route.AuthorizationType, route.RouteKey).toBe("JWT");
    }
  });

  /** The logical id of the function a route's integration invokes. */
  function functionOf(routeKey: string) {
    const route = Object.values(api.findResources("AWS::ApiGatewayV2::Route")).find(
      (resource) => resource.Properties.RouteKey === routeKey,
    );
    const target = JSON.stringify(route?.Properties.Target);
    const integrationId = /"Ref":"([^"]+)"/.exec(target)?.[1] ?? "";
    const integration = api.findResources("AWS::ApiGatewayV2::Integration")[integrationId];
    return JSON.stringify(integration?.Properties.IntegrationUri).match(
      /"Fn::GetAtt":\["([^"]+)"/,
    )?.[1];
  }

  it("sends certificate downloads, with a token, to the certificate function and the rest to the API's (decision 0028)", () => {
    const certificate = routes().find((route) => route.RouteKey === CERTIFICATE_PDF_ROUTE.key);
    expect(certificate?.AuthorizationType).toBe("JWT");
    expect(functionOf(CERTIFICATE_PDF_ROUTE.key)).toMatch(/^CertificateFunction[0-9A-F]{8}$/);
    // Open Badges too (decision 0066): the signing libraries and key live there only.
    for (const route of CERTIFICATE_FUNCTION_ROUTES) {
      expect(functionOf(route.key), route.key).toMatch(/^CertificateFunction[0-9A-F]{8}$/);
      const made = routes().find((r) => r.RouteKey === route.key);
      expect(made?.AuthorizationType, route.key).toBe(route.public ? "NONE" : "JWT");
    }
    expect(functionOf("POST /api/admin/certificates/{code}/revocation")).toMatch(
      /^ApiFunction[0-9A-F]{8}$/,
    );
    expect(functionOf("ANY /api/{proxy+}")).toMatch(/^ApiFunction[0-9A-F]{8}$/);
    expect(functionOf("GET /api/certificates/{code}")).toMatch(/^ApiFunction[0-9A-F]{8}$/);
  });

  it("sends SCORM package checks, with a token, to the SCORM function and nothing else (decision 0084)", () => {
    for (const route of SCORM_FUNCTION_ROUTES) {
      expect(functionOf(route.key), route.key).toMatch(/^ScormFunction[0-9A-F]{8}$/);
      const made = routes().find((r) => r.RouteKey === route.key);
      expect(made?.AuthorizationType, route.key).toBe("JWT");
    }
    const scormRoutes = routes().filter((route) =>
      /ScormFunction/.test(functionOf(route.RouteKey as string) ?? ""),
    );
    expect(scormRoutes.map((route) => route.RouteKey)).toEqual(
      SCORM_FUNCTION_ROUTES.map((route) => route.key),
    );
    expect(functionOf("POST /api/courses/{courseId}/draft/scorm-packages")).toMatch(
      /^ApiFunction[0-9A-F]{8}$/,
    );
  });

  it("sends exchange search, without a token, to the search function and nothing else (decision 0096)", () => {
    for (const route of SEARCH_FUNCTION_ROUTES) {
      expect(functionOf(route.key), route.key).toMatch(/^SearchFunction[0-9A-F]{8}$/);
      const made = routes().find((r) => r.RouteKey === route.key);
      // Public, as it always was: a member's token, when sent, still shows members-only items.
      expect(made?.AuthorizationType, route.key).toBe("NONE");
      expect(publicKeys.has(route.key), route.key).toBe(true);
    }
    const searchRoutes = routes().filter((route) =>
      /SearchFunction/.test(functionOf(route.RouteKey as string) ?? ""),
    );
    expect(searchRoutes.map((route) => route.RouteKey)).toEqual(
      SEARCH_FUNCTION_ROUTES.map((route) => route.key),
    );
    // Writing items, reading one, bookmarks and saved searches stay the API function's.
    for (const key of [
      "POST /api/exchange/items",
      "GET /api/exchange/items/{itemId}",
      "ANY /api/{proxy+}",
    ]) {
      expect(functionOf(key), key).toMatch(/^ApiFunction[0-9A-F]{8}$/);
    }
  });

  it("checks tokens of this pool's web client", () => {
    const authorizer = onlyResource(api, "AWS::ApiGatewayV2::Authorizer").Properties;
    expect(authorizer.AuthorizerType).toBe("JWT");
    expect(authorizer.IdentitySource).toEqual(["$request.header.Authorization"]);
    expect(JSON.stringify(authorizer.JwtConfiguration)).toMatch(/UserPoolWebClient/);
    expect(JSON.stringify(authorizer.JwtConfiguration)).toMatch(
      /https:\/\/cognito-idp\.eu-west-1\.amazonaws\.com\//,
    );
  });
});

describe("the API function", () => {
  it("runs Node 22 on arm64 from a bundled asset, not inline source", () => {
    const fn = lambdaFunction(api, "ApiFunction").Properties;
    expect(fn.Runtime).toBe("nodejs22.x");
    expect(fn.Architectures).toEqual(["arm64"]);
    expect(fn.Handler).toBe("index.handler");
    const code = fn.Code as Record<string, unknown>;
    expect(code.ZipFile).toBeUndefined();
    expect(code.S3Key).toMatch(/^[0-9a-f]{64}\.zip$/);
  });

  it("gives each function its own code, not the first bundled one's (decision 0112)", () => {
    const ids = ["ApiFunction", "CertificateFunction", "ScormFunction", "SearchFunction"];
    const keys = ids.map(
      (id) => (lambdaFunction(api, id).Properties.Code as { S3Key: string }).S3Key,
    );
    expect(new Set(keys).size).toBe(ids.length);
    const scorm = readFileSync(join(assetDir("ScormFunction"), "index.mjs"), "utf8");
    expect(scorm).not.toBe(readFileSync(join(assetDir(), "index.mjs"), "utf8"));
  });

  /** The folder a function's code is zipped from. */
  function assetDir(id = "ApiFunction") {
    const code = lambdaFunction(api, id).Properties.Code as { S3Key: string };
    return join(assemblyDir, `asset.${code.S3Key.replace(/\.zip$/, "")}`);
  }

  it("is an ESM bundle that contains the handler", () => {
    const bundle = join(assetDir(), "index.mjs");
    expect(existsSync(bundle), bundle).toBe(true);
    expect(readFileSync(bundle, "utf8")).toMatch(/export\s*\{[^}]*\bhandler\b/);
  });

  it("ships its entry with the chunks it loads at once and on first use (decision 0109)", () => {
    const chunks = readdirSync(join(assetDir(), "chunks")).filter((file) => file.endsWith(".mjs"));
    const entry = readFileSync(join(assetDir(), "index.mjs"), "utf8");
    // Imported at once, and imported by a route group's or a domain's `import()`.
    const named = (pattern: RegExp) =>
      [...entry.matchAll(pattern)].map((match) => match[1]).filter((file) => file !== undefined);
    const atOnce = named(/from\s*"\.\/chunks\/([\w-]+\.mjs)"/g);
    const onFirstUse = named(/import\(\s*"\.\/chunks\/([\w-]+\.mjs)"\s*\)/g);
    expect(atOnce.length).toBeGreaterThan(0);
    expect(onFirstUse.length).toBeGreaterThan(20);
    expect([...atOnce, ...onFirstUse].filter((file) => !chunks.includes(file))).toEqual([]);
  });

  it("ships the certificate fonts beside the certificate function's bundle, which names them (decisions 0022, 0028, 0112)", () => {
    const dir = assetDir("CertificateFunction");
    const bundle = readFileSync(join(dir, "index.mjs"), "utf8");
    // In pieces: the chunk of certificate-font-files.ts names the fonts, one folder up.
    const chunks = readdirSync(join(dir, "chunks")).filter((file) =>
      /^certificate-font-files-\w+\.mjs$/.test(file),
    );
    const naming = chunks.map((file) => readFileSync(join(dir, "chunks", file), "utf8")).join("");
    // esbuild's file loader names each copy <name>-<hash>.ttf.
    const copies = readdirSync(dir).filter((file) => file.endsWith(".ttf"));
    const sources = copies.map((file) => file.replace(/-[A-Z0-9]+\.ttf$/, ".ttf"));

    expect(bundle).toMatch(/export\s*\{[^}]*\bhandler\b/);
    expect(chunks).toHaveLength(1);
    expect(sources.sort()).toEqual(["DejaVuSerif-Bold-subset.ttf", "DejaVuSerif-subset.ttf"]);
    for (const copy of copies) {
      expect(naming).toContain(`"../${copy}"`);
      const source = copy.replace(/-[A-Z0-9]+\.ttf$/, ".ttf");
      const committed = readFileSync(join(repoRoot, "packages/core/src/learning/fonts", source));
      expect(readFileSync(join(dir, copy)).equals(committed), copy).toBe(true);
    }
  });

  it("leaves the fonts and pdf-lib out of the API function (decision 0028)", () => {
    const bundle = readFileSync(join(assetDir(), "index.mjs"), "utf8");

    expect(readdirSync(assetDir()).filter((file) => file.endsWith(".ttf"))).toEqual([]);
    expect(bundle).not.toContain("DejaVuSerif");
    expect(bundle).not.toMatch(/Hopding\/pdf-lib|registerFontkit/);
  });

  it("gets the table, pool, client and bucket names, and no local-only variables", () => {
    const fn = lambdaFunction(api, "ApiFunction").Properties;
    const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    for (const name of [
      ENV.stage,
      ENV.tableName,
      ENV.userPoolId,
      ENV.userPoolClientId,
      ENV.attachmentsBucket,
      ENV.logLevel,
    ]) {
      expect(variables, name).toHaveProperty([name]);
    }
    for (const name of [ENV.region, ENV.dynamoEndpoint, ENV.s3Endpoint, ENV.tokenIssuer]) {
      expect(variables, name).not.toHaveProperty([name]);
    }
  });

  it("is given the web app's configured address to build links from, never a request's host", () => {
    const fn = lambdaFunction(api, "ApiFunction").Properties;
    const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables[ENV.publicSiteUrl]).toBe(TEST_SITE_URL);
  });

  it("gives the certificate function the API's environment and the key's secret, reads of the table and its updates (status indexes), and the key", () => {
    const { [ENV.badgeKeySecret]: secret, ...rest } = environment("CertificateFunction");
    expect(rest).toEqual(environment("ApiFunction"));
    const secretId = api.getResourceId("AWS::SecretsManager::Secret");
    expect(secret).toEqual({ Ref: secretId });
    // The API function never sees the key.
    expect(environment("ApiFunction")).not.toHaveProperty([ENV.badgeKeySecret]);
    const keyStatements = Object.values(api.findResources("AWS::IAM::Policy"))
      .flatMap((policy) => policy.Properties.PolicyDocument.Statement)
      .filter((statement: { Resource: unknown }) =>
        JSON.stringify(statement.Resource).includes(`"${secretId}"`),
      );
    expect(keyStatements.flatMap((s: { Action: string[] }) => [s.Action].flat())).toEqual(
      expect.arrayContaining(["secretsmanager:GetSecretValue", "secretsmanager:PutSecretValue"]),
    );

    const actions = roleStatements("CertificateFunction").flatMap((statement) =>
      [statement.Action].flat(),
    );
    expect(actions).toContain("dynamodb:GetItem");
    // Besides reads: updates (status indexes), its key, its traces (X-Ray, decision 0040).
    expect(
      actions.filter(
        (action) =>
          !/^dynamodb:(Get|Query|Scan|BatchGet|Condition|Describe|UpdateItem$)/.test(action) &&
          !/^secretsmanager:(GetSecretValue|DescribeSecret|PutSecretValue)$/.test(action) &&
          !(TRACE_WRITE_ACTIONS as readonly string[]).includes(action),
      ),
    ).toEqual([]);
  });

  it("gives the SCORM function the API's environment, the table's reads and row writes, and only its own places in the bucket (decision 0084)", () => {
    expect(environment("ScormFunction")).toEqual(environment("ApiFunction"));
    expect(lambdaFunction(api, "ScormFunction").Properties.Timeout).toBeLessThan(30);

    const statements = roleStatements("ScormFunction");
    const actions = statements.flatMap((statement) => [statement.Action].flat());
    expect(actions).toEqual(
      expect.arrayContaining(["dynamodb:GetItem", "dynamodb:PutItem", "dynamodb:DeleteItem"]),
    );
    expect(
      actions.filter(
        (action) =>
          !/^dynamodb:(Get|Query|Scan|BatchGet|Condition|Describe|PutItem$|UpdateItem$|DeleteItem$)/.test(
            action,
          ) &&
          !/^s3:(GetObject|PutObject|DeleteObject|ListBucket)$/.test(action) &&
          !(TRACE_WRITE_ACTIONS as readonly string[]).includes(action),
      ),
    ).toEqual([]);
    // Every object statement names a key pattern of its own, never the whole bucket.
    const s3 = statements.filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith("s3:")),
    );
    const patterns = (action: string) =>
      s3
        .filter((statement) => [statement.Action].flat().includes(action))
        .flatMap(
          (statement) =>
            JSON.stringify(statement.Resource).match(/\/[a-z]+\/(courses\/)?\*/g) ?? [],
        );
    expect(patterns("s3:GetObject").sort()).toEqual(["/files/courses/*", "/uploads/courses/*"]);
    expect(patterns("s3:PutObject").sort()).toEqual(["/files/courses/*", "/scorm/*"]);
    expect(patterns("s3:DeleteObject").sort()).toEqual([
      "/files/courses/*",
      "/scorm/*",
      "/uploads/courses/*",
    ]);
    const listing = s3.find((statement) => [statement.Action].flat().includes("s3:ListBucket"));
    expect(listing?.Condition).toEqual({ StringLike: { "s3:prefix": ["scorm/*"] } });
  });

  it("gives the search function the API's environment, reads of the table and the search snapshot's one object, nothing more (decision 0096)", () => {
    expect(environment("SearchFunction")).toEqual(environment("ApiFunction"));

    const statements = roleStatements("SearchFunction");
    const actions = statements.flatMap((statement) => [statement.Action].flat());
    expect(actions).toEqual(expect.arrayContaining(["dynamodb:GetItem", "dynamodb:Query"]));
    expect(
      actions.filter(
        (action) =>
          !/^dynamodb:(Get|Query|Scan|BatchGet|Condition|Describe)/.test(action) &&
          action !== "s3:GetObject" &&
          !(TRACE_WRITE_ACTIONS as readonly string[]).includes(action),
      ),
    ).toEqual([]);
    // The snapshot's one key, never the bucket or a pattern.
    const objects = statements.filter((statement) =>
      [statement.Action].flat().some((action) => action.startsWith("s3:")),
    );
    expect(objects.map((statement) => [statement.Action].flat())).toEqual([["s3:GetObject"]]);
    const resource = JSON.stringify(objects[0]?.Resource);
    expect(resource).toMatch(/Attachments\w*Arn/);
    expect(resource).toContain(`/${SEARCH_SNAPSHOT_KEY}`);
    expect(resource).not.toContain("*");
  });

  it("may manage group membership and sign people out in the user pool, and nothing else there", () => {
    const statements = Object.values(api.findResources("AWS::IAM::Policy")).flatMap(
      (policy) => policy.Properties.PolicyDocument.Statement,
    );
    const cognito = statements.filter((statement) =>
      [statement.Action].flat().some((action: string) => action.startsWith("cognito-idp:")),
    );
    expect(cognito).toHaveLength(1);
    expect([cognito[0].Action].flat().sort()).toEqual([...API_USER_POOL_ACTIONS].sort());
  });

  it("may read and write the table and its indexes", () => {
    api.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Allow",
            Action: Match.arrayWith(["dynamodb:PutItem", "dynamodb:Query"]),
          }),
        ]),
      },
    });
  });
});
