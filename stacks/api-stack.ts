import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import * as apigw from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { limitedRoutes, separateFunctionRoutes } from "../infra/api-routes.ts";
import { LOG_RETENTION } from "../infra/operations-settings.ts";
import {
  API_ACCESS_LOG_FORMAT,
  API_FUNCTION,
  API_USER_POOL_ACTIONS,
  apiLimits,
  CERTIFICATE_FUNCTION,
  SCORM_BUCKET_ACCESS,
  SCORM_FUNCTION,
  SEARCH_FUNCTION,
  SEARCH_FUNCTION_ACCESS,
} from "../infra/platform-settings.ts";
import { ENV, PUBLIC_ROUTES } from "../packages/core/src/schema/index.ts";
import { type PlatformResources, platformFunction } from "./platform-function.ts";
import { removalPolicyFor, type StageProps } from "./stage.ts";

export interface ApiStackProps extends StackProps, StageProps, PlatformResources {
  /** Repository root: the esbuild project root and the home of pnpm-lock.yaml. */
  readonly repoRoot: string;
}

/**
 * The API Lambda (Hono) behind an HTTP API whose routes need a Cognito JWT unless
 * public, throttled per stage and per route (decision 0016).
 */
export class ApiStack extends Stack {
  readonly api: apigw.HttpApi;
  readonly handler: lambda.Function;
  /** The certificate function: certificate PDFs and the Open Badges routes only. */
  readonly certificateHandler: lambda.Function;
  /** The Open Badges issuer's Ed25519 key; only the certificate function reads it. */
  readonly badgeKey: secretsmanager.Secret;
  /** The SCORM function: checks and extracts SCORM packages only (decision 0084). */
  readonly scormHandler: lambda.Function;
  /** The search function: exchange search and its snapshot's preload only (decision 0096). */
  readonly searchHandler: lambda.Function;

  constructor(scope: Construct, id: string, props: ApiStackProps) {
    super(scope, id, props);
    const limits = apiLimits(props.stage);

    this.handler = platformFunction(this, "ApiFunction", {
      ...props,
      settings: API_FUNCTION,
      reservedConcurrentExecutions: limits.reservedConcurrency,
    });
    // Certificate PDFs and Open Badges run in a function of their own (decisions 0028,
    // 0066); it writes only the credentials' status indexes.
    this.certificateHandler = platformFunction(this, "CertificateFunction", {
      ...props,
      settings: CERTIFICATE_FUNCTION,
      reservedConcurrentExecutions: limits.certificateConcurrency,
    });
    props.table.grantReadData(this.certificateHandler);
    props.table.grant(this.certificateHandler, "dynamodb:UpdateItem");
    // The issuer's key (decision 0067). Created holding a random placeholder; the
    // function's first start puts a key in it. Production keeps it when the stack goes:
    // credentials already issued name its public key.
    this.badgeKey = new secretsmanager.Secret(this, "BadgeIssuerKey", {
      description: "Open Badges issuer Ed25519 key (Multikey JSON), written on first use",
      removalPolicy: removalPolicyFor(props.stage),
    });
    this.badgeKey.grantRead(this.certificateHandler);
    // Writing only its first version: no UpdateSecret, no version stages.
    this.certificateHandler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ["secretsmanager:PutSecretValue"],
        resources: [this.badgeKey.secretArn],
      }),
    );
    this.certificateHandler.addEnvironment(ENV.badgeKeySecret, this.badgeKey.secretArn);
    // SCORM packages are checked and extracted in a function of their own (decision 0084):
    // the course's rows it reads and writes, and its own places in the bucket only.
    this.scormHandler = platformFunction(this, "ScormFunction", {
      ...props,
      settings: SCORM_FUNCTION,
      reservedConcurrentExecutions: limits.scormConcurrency,
    });
    props.table.grantReadData(this.scormHandler);
    props.table.grant(
      this.scormHandler,
      "dynamodb:PutItem",
      "dynamodb:UpdateItem",
      "dynamodb:DeleteItem",
    );
    const objects = (patterns: readonly string[]) =>
      patterns.map((pattern) => props.attachments.arnForObjects(pattern));
    this.scormHandler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ["s3:GetObject"],
        resources: objects(SCORM_BUCKET_ACCESS.read),
      }),
    );
    this.scormHandler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ["s3:PutObject"],
        resources: objects(SCORM_BUCKET_ACCESS.write),
      }),
    );
    this.scormHandler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ["s3:DeleteObject"],
        resources: objects(SCORM_BUCKET_ACCESS.remove),
      }),
    );
    this.scormHandler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: ["s3:ListBucket"],
        resources: [props.attachments.bucketArn],
        conditions: { StringLike: { "s3:prefix": [SCORM_BUCKET_ACCESS.listPrefix] } },
      }),
    );
    // Exchange search runs in a function of its own (decision 0096): it reads the table
    // (the catalogue's index, a signed-in caller's profile) and the snapshot's one object.
    this.searchHandler = platformFunction(this, "SearchFunction", {
      ...props,
      settings: SEARCH_FUNCTION,
      reservedConcurrentExecutions: limits.searchConcurrency,
    });
    props.table.grantReadData(this.searchHandler);
    this.searchHandler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...SEARCH_FUNCTION_ACCESS.objectActions],
        resources: [props.attachments.arnForObjects(SEARCH_FUNCTION_ACCESS.objectKey)],
      }),
    );
    props.table.grantReadWriteData(this.handler);
    props.attachments.grantReadWrite(this.handler);
    this.handler.addToRolePolicy(
      new iam.PolicyStatement({
        actions: [...API_USER_POOL_ACTIONS],
        resources: [props.userPool.userPoolArn],
      }),
    );

    const issuer = `https://cognito-idp.${this.region}.amazonaws.com/${props.userPool.userPoolId}`;
    const authorizer = new HttpJwtAuthorizer("Cognito", issuer, {
      // Access tokens carry the client id in `client_id`, id tokens in `aud`: both match.
      jwtAudience: [props.userPoolClient.userPoolClientId],
    });
    // CORS is not configured: the web app calls the API same-origin through CloudFront.
    this.api = new apigw.HttpApi(this, "HttpApi", { defaultAuthorizer: authorizer });
    // One permission for the whole API: one per route would outgrow the function's
    // 20 KB resource policy once every limited route is a route of its own.
    const integration = new HttpLambdaIntegration("ApiIntegration", this.handler, {
      scopePermissionToRoute: false,
    });

    const routes = new Map<string, apigw.HttpRoute>();
    // Each function of its own gets its routes (infra/api-routes.ts), with one permission.
    const handlers: Record<keyof ReturnType<typeof separateFunctionRoutes>, lambda.Function> = {
      CertificateFunction: this.certificateHandler,
      ScormFunction: this.scormHandler,
      SearchFunction: this.searchHandler,
    };
    for (const [id, ownRoutes] of Object.entries(separateFunctionRoutes())) {
      const fn = handlers[id as keyof typeof handlers];
      // "CertificateIntegration", "ScormIntegration", "SearchIntegration".
      const own = new HttpLambdaIntegration(id.replace(/Function$/, "Integration"), fn, {
        scopePermissionToRoute: false,
      });
      for (const route of ownRoutes) {
        const [created] = this.api.addRoutes({
          path: route.path,
          methods: [apigw.HttpMethod[route.method]],
          integration: own,
          ...(route.public ? { authorizer: new apigw.HttpNoneAuthorizer() } : {}),
        });
        if (created) routes.set(route.key, created);
      }
    }
    for (const route of PUBLIC_ROUTES.filter((r) => !routes.has(`${r.method} ${r.path}`))) {
      const [created] = this.api.addRoutes({
        path: route.path,
        methods: [apigw.HttpMethod[route.method]],
        integration,
        authorizer: new apigw.HttpNoneAuthorizer(),
      });
      if (created) routes.set(`${route.method} ${route.path}`, created);
    }
    // A limited route needs a route of its own (the catch-all has one setting for all);
    // it keeps the default JWT authorizer unless it is public.
    const limited = limitedRoutes(props.stage);
    for (const route of limited.filter(({ key }) => !routes.has(key))) {
      const [created] = this.api.addRoutes({
        path: route.path,
        methods: [apigw.HttpMethod[route.method]],
        integration,
      });
      if (created) routes.set(route.key, created);
    }
    // Everything else needs a token (the default authorizer applies).
    this.api.addRoutes({ path: "/api/{proxy+}", methods: [apigw.HttpMethod.ANY], integration });

    // The L2 stage has no per-route settings: set both on the generated CfnStage.
    const stage = this.api.defaultStage?.node.defaultChild as apigw.CfnStage;
    stage.defaultRouteSettings = {
      throttlingRateLimit: limits.stage.rateLimit,
      throttlingBurstLimit: limits.stage.burstLimit,
    };
    stage.routeSettings = Object.fromEntries(
      limited.map(({ key, throttle }) => [
        key,
        { ThrottlingRateLimit: throttle.rateLimit, ThrottlingBurstLimit: throttle.burstLimit },
      ]),
    );
    // One JSON line per request, kept as long as the functions' logs.
    const accessLogs = new logs.LogGroup(this, "AccessLogs", {
      retention: LOG_RETENTION.days,
      removalPolicy: removalPolicyFor(props.stage),
    });
    stage.accessLogSettings = {
      destinationArn: accessLogs.logGroupArn,
      format: JSON.stringify(API_ACCESS_LOG_FORMAT),
    };
    // API Gateway refuses settings for a route key that does not exist yet.
    for (const { key } of limited) {
      const route = routes.get(key);
      if (route) stage.node.addDependency(route);
    }

    new CfnOutput(this, "ApiUrl", { value: this.api.apiEndpoint });
  }
}
