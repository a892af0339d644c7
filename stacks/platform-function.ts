import { join } from "node:path";
import { AssetHashType, DockerImage, Duration } from "aws-cdk-lib";
import type * as cognito from "aws-cdk-lib/aws-cognito";
import type * as dynamodb from "aws-cdk-lib/aws-dynamodb";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as nodejs from "aws-cdk-lib/aws-lambda-nodejs";
import * as logs from "aws-cdk-lib/aws-logs";
import type * as s3 from "aws-cdk-lib/aws-s3";
import type { Construct } from "constructs";
import { buildSync } from "esbuild";
import { LOG_RETENTION } from "../infra/operations-settings.ts";
import {
  type API_FUNCTION,
  apiLogLevel,
  CLOUD_CORS_ORIGINS,
  LAMBDA_BUNDLE,
  LAMBDA_NODE_OPTIONS,
} from "../infra/platform-settings.ts";
import { ENV } from "../packages/core/src/schema/index.ts";
import { splitBundleOptions } from "./split-bundle.ts";
import { removalPolicyFor } from "./stage.ts";

/** What the platform's functions are given: core's configuration, as the API reads it. */
export interface PlatformResources {
  readonly stage: string;
  readonly table: dynamodb.ITable;
  readonly attachments: s3.IBucket;
  readonly userPool: cognito.IUserPool;
  readonly userPoolClient: cognito.IUserPoolClient;
  /** The web app's public address, for links the platform hands out (a certificate's). */
  readonly publicSiteUrl: string;
}

/** The environment every function of the platform reads its configuration from. */
export function platformEnvironment(props: PlatformResources): Record<string, string> {
  // AWS_REGION is set by Lambda itself; the local-only endpoints are never set here.
  return {
    [ENV.stage]: props.stage,
    [ENV.tableName]: props.table.tableName,
    [ENV.userPoolId]: props.userPool.userPoolId,
    [ENV.userPoolClientId]: props.userPoolClient.userPoolClientId,
    [ENV.attachmentsBucket]: props.attachments.bucketName,
    [ENV.corsOrigins]: CLOUD_CORS_ORIGINS,
    [ENV.logLevel]: apiLogLevel(props.stage),
    [ENV.publicSiteUrl]: props.publicSiteUrl,
    NODE_OPTIONS: LAMBDA_NODE_OPTIONS,
  };
}

/**
 * A function of the platform (the API, the change stream's consumers): Node 22 on
 * arm64, bundled locally by esbuild into minified ESM with the pinned SDK, its logs
 * kept a month. `settings` is its entry in infra/platform-settings.ts, shared with SST.
 * With `splitting` (the API function, decision 0109) esbuild writes the entry and its
 * chunks into the asset's folder itself: CDK's NodejsFunction writes one `--outfile`.
 */
export function platformFunction(
  scope: Construct,
  id: string,
  props: PlatformResources & {
    readonly repoRoot: string;
    readonly settings: Omit<
      typeof API_FUNCTION,
      "entry" | "timeoutSeconds" | "memoryMb" | "splitting"
    > & {
      readonly memoryMb: number;
      readonly entry: string;
      readonly timeoutSeconds: number;
      /** esbuild loaders for imported files that are not code (the certificate fonts). */
      readonly loader?: Readonly<Record<string, "file">>;
      /** Chunks loaded on first use beside the entry (decision 0109). */
      readonly splitting?: boolean;
    };
    readonly reservedConcurrentExecutions?: number;
  },
): lambda.Function {
  const { settings } = props;
  const common = {
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    memorySize: settings.memoryMb,
    timeout: Duration.seconds(settings.timeoutSeconds),
    ...(props.reservedConcurrentExecutions !== undefined && {
      reservedConcurrentExecutions: props.reservedConcurrentExecutions,
    }),
    // X-Ray: Lambda records each invocation's segment; the stream function adds its
    // consumers' subsegments with Powertools' Tracer (decision 0040).
    tracing: lambda.Tracing.ACTIVE,
    logGroup: new logs.LogGroup(scope, `${id}Logs`, {
      retention: LOG_RETENTION.days,
      removalPolicy: removalPolicyFor(props.stage),
    }),
    environment: platformEnvironment(props),
  } satisfies Partial<lambda.FunctionProps>;
  if (settings.splitting) {
    return new lambda.Function(scope, id, {
      ...common,
      handler: `index.${settings.exportName}`,
      code: lambda.Code.fromAsset(props.repoRoot, {
        // As NodejsFunction: the asset is what esbuild wrote, hashed.
        assetHashType: AssetHashType.OUTPUT,
        bundling: {
          // Never pulled: the local build below always answers.
          image: DockerImage.fromRegistry("public.ecr.aws/sam/build-nodejs22.x"),
          // CDK reuses a staged asset whose source and bundling options match, and
          // `tryBundle` is no part of that key: without the entry and loaders in the
          // options, every function bundled here got the first one's code (decision 0112).
          environment: { ENTRY: settings.entry, LOADER: JSON.stringify(settings.loader ?? {}) },
          local: {
            tryBundle(outdir) {
              buildSync(
                splitBundleOptions({
                  repoRoot: props.repoRoot,
                  entry: settings.entry,
                  outdir,
                  loader: settings.loader,
                }),
              );
              return true;
            },
          },
        },
      }),
    });
  }
  return new nodejs.NodejsFunction(scope, id, {
    ...common,
    entry: join(props.repoRoot, settings.entry),
    handler: settings.exportName,
    projectRoot: props.repoRoot,
    depsLockFilePath: join(props.repoRoot, "pnpm-lock.yaml"),
    bundling: {
      format: nodejs.OutputFormat.ESM,
      target: LAMBDA_BUNDLE.target,
      minify: LAMBDA_BUNDLE.minify,
      sourceMap: LAMBDA_BUNDLE.sourcemap,
      sourcesContent: LAMBDA_BUNDLE.sourcesContent,
      mainFields: [...LAMBDA_BUNDLE.mainFields],
      loader: { ...settings.loader },
      // Ship the pinned SDK version the tests ran against, not the runtime's copy.
      bundleAwsSDK: true,
      // Some CommonJS dependencies call require(); give the ESM bundle one.
      banner: LAMBDA_BUNDLE.banner,
    },
  });
}
