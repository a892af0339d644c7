import { CfnOutput, Duration, Fn, Stack, type StackProps } from "aws-cdk-lib";
import type * as apigw from "aws-cdk-lib/aws-apigatewayv2";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import * as origins from "aws-cdk-lib/aws-cloudfront-origins";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as s3deploy from "aws-cdk-lib/aws-s3-deployment";
import type { Construct } from "constructs";
import { LOG_RETENTION } from "../infra/operations-settings.ts";
import {
  HTML_CACHE,
  isProduction,
  RENDER_FUNCTION,
  SCORM_CONTENT,
} from "../infra/platform-settings.ts";
import { ENV } from "../packages/core/src/schema/index.ts";
import { removalPolicyFor, type StageProps } from "./stage.ts";
import {
  apiHeadersPolicy,
  scormHeadersPolicy,
  spaRewrite,
  webHeadersPolicy,
} from "./web-security.ts";

export interface WebStackProps extends StackProps, StageProps {
  readonly api: apigw.IHttpApi;
  /** The attachments bucket, whose `scorm/` prefix `/scorm/*` serves (decision 0086). */
  readonly attachments?: s3.IBucket;
  /** The built web app (web/dist). When absent, the bucket is created but left empty. */
  readonly webAssetsDir?: string;
  /**
   * The built render function (web/dist-server). When present, it answers every page
   * (public pages rendered, decision 0031) and the bucket only the hashed assets; when
   * absent, the site is the single-page app from the bucket as before.
   */
  readonly webRenderDir?: string;
  /** The web app's public address, for canonical URLs. */
  readonly publicSiteUrl: string;
}

/**
 * The web app: a private bucket behind CloudFront (origin access control), with security
 * headers. `/api/*` goes to the HTTP API on the same origin, uncached, with every viewer
 * header except Host, so the browser never makes a cross-origin API call. With a built
 * render function, pages come from it (a function URL that only CloudFront may call,
 * signed by origin access control), cached a minute per language, and `/assets/*` (hashed
 * names) from the bucket, cached long.
 */
export class WebStack extends Stack {
  readonly distribution: cloudfront.Distribution;
  /** The render function, when a built one was given (watched by the alarms). */
  renderHandler?: lambda.Function;

  constructor(scope: Construct, id: string, props: WebStackProps) {
    super(scope, id, props);

    const bucket = new s3.Bucket(this, "WebBucket", {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.S3_MANAGED,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: removalPolicyFor(props.stage),
      autoDeleteObjects: !isProduction(props.stage),
    });

    // The execute-api host name; Fn.select/split take it out of the endpoint URL token.
    const apiDomain = Fn.select(2, Fn.split("/", props.api.apiEndpoint));
    const webHeaders = webHeadersPolicy(this);
    const assets: cloudfront.BehaviorOptions = {
      origin: origins.S3BucketOrigin.withOriginAccessControl(bucket),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: webHeaders,
    };
    const render = props.webRenderDir
      ? this.renderFunction(props.webRenderDir, props, `https://${apiDomain}`)
      : undefined;
    const pages: cloudfront.BehaviorOptions = render
      ? {
          origin: origins.FunctionUrlOrigin.withOriginAccessControl(render),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          cachePolicy: htmlCachePolicy(this),
          responseHeadersPolicy: webHeaders,
        }
      : {
          ...assets,
          functionAssociations: [
            { function: spaRewrite(this), eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
          ],
        };

    this.distribution = new cloudfront.Distribution(this, "Distribution", {
      comment: "Alliance web app and API",
      // The render function answers "/" itself; the bucket's index.html is the SPA's.
      ...(render ? {} : { defaultRootObject: "index.html" }),
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: pages,
      additionalBehaviors: {
        ...(render ? { "/assets/*": assets } : {}),
        ...(props.attachments
          ? { [SCORM_CONTENT.pathPattern]: this.scormFiles(props.attachments) }
          : {}),
        "/api/*": {
          origin: new origins.HttpOrigin(apiDomain, {
            protocolPolicy: cloudfront.OriginProtocolPolicy.HTTPS_ONLY,
          }),
          viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: cloudfront.AllowedMethods.ALLOW_ALL,
          cachePolicy: cloudfront.CachePolicy.CACHING_DISABLED,
          originRequestPolicy: cloudfront.OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: apiHeadersPolicy(this),
        },
      },
    });

    if (props.webAssetsDir) {
      new s3deploy.BucketDeployment(this, "WebAssets", {
        sources: [s3deploy.Source.asset(props.webAssetsDir)],
        destinationBucket: bucket,
        distribution: this.distribution,
        distributionPaths: ["/*"],
        memoryLimit: 512,
        // Served by the render function, the bucket holds only hashed, unchanging files.
        ...(render && {
          exclude: ["index.html"],
          cacheControl: [s3deploy.CacheControl.fromString("public, max-age=31536000, immutable")],
        }),
      });
    }

    new CfnOutput(this, "WebUrl", { value: `https://${this.distribution.distributionDomainName}` });
    new CfnOutput(this, "DistributionId", { value: this.distribution.distributionId });
  }

  /**
   * Extracted SCORM packages from the attachments bucket, cached long (a package never
   * changes), with their own security headers. The bucket is the data stack's: it is
   * imported by name here so that its policy (which allows this account's distributions to
   * read `scorm/*`, data-stack.ts) does not depend on this stack.
   */
  private scormFiles(attachments: s3.IBucket): cloudfront.BehaviorOptions {
    const bucket = s3.Bucket.fromBucketAttributes(this, "ScormFiles", {
      bucketName: attachments.bucketName,
      bucketRegionalDomainName: attachments.bucketRegionalDomainName,
    });
    return {
      origin: origins.S3BucketOrigin.withOriginAccessControl(bucket),
      viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
      cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
      responseHeadersPolicy: scormHeadersPolicy(this),
    };
  }

  /**
   * The render function and its URL: IAM auth, so that only CloudFront (signing with
   * origin access control) can call it. Node 22 on arm64 like the platform's functions.
   */
  private renderFunction(
    directory: string,
    props: WebStackProps,
    apiOrigin: string,
  ): lambda.IFunctionUrl {
    const render = new lambda.Function(this, "RenderFunction", {
      description: "Alliance web app: renders the public pages (decision 0031)",
      code: lambda.Code.fromAsset(directory),
      handler: RENDER_FUNCTION.handler,
      runtime: lambda.Runtime.NODEJS_22_X,
      architecture: lambda.Architecture.ARM_64,
      memorySize: RENDER_FUNCTION.memoryMb,
      timeout: Duration.seconds(RENDER_FUNCTION.timeoutSeconds),
      environment: {
        [ENV.publicSiteUrl]: props.publicSiteUrl,
        [RENDER_FUNCTION.apiOriginEnv]: apiOrigin,
        NODE_OPTIONS: "--enable-source-maps",
      },
      logGroup: new logs.LogGroup(this, "RenderFunctionLogs", {
        retention: LOG_RETENTION.days,
        removalPolicy: removalPolicyFor(props.stage),
      }),
    });
    this.renderHandler = render;
    return render.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.AWS_IAM });
  }
}

/** Rendered pages: a minute at the edge, one copy per address, query and language. */
function htmlCachePolicy(scope: Construct): cloudfront.CachePolicy {
  return new cloudfront.CachePolicy(scope, "HtmlCache", {
    comment: "Alliance rendered pages: short, per language",
    minTtl: Duration.seconds(0),
    defaultTtl: Duration.seconds(HTML_CACHE.defaultSeconds),
    maxTtl: Duration.seconds(HTML_CACHE.maxSeconds),
    cookieBehavior: cloudfront.CacheCookieBehavior.allowList(...HTML_CACHE.cookies),
    headerBehavior: cloudfront.CacheHeaderBehavior.allowList(...HTML_CACHE.headers),
    queryStringBehavior: cloudfront.CacheQueryStringBehavior.all(),
    enableAcceptEncodingGzip: true,
    enableAcceptEncodingBrotli: true,
  });
}
