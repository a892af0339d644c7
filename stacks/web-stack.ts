import { CfnOutput, Fn, Stack, type StackProps } from "aws-cdk-lib";
import type * as apigw from "aws-cdk-lib/aws-apigatewayv2";
import * as cloudfront from "aws-cdk-lib/aws-cloudfront";
import * as origins from "aws-cdk-lib/aws-cloudfront-origins";
import * as s3 from "aws-cdk-lib/aws-s3";
import * as s3deploy from "aws-cdk-lib/aws-s3-deployment";
import type { Construct } from "constructs";
import { isProduction } from "../infra/platform-settings.ts";
import { removalPolicyFor, type StageProps } from "./stage.ts";
import { apiHeadersPolicy, spaRewrite, webHeadersPolicy } from "./web-security.ts";

export interface WebStackProps extends StackProps, StageProps {
  readonly api: apigw.IHttpApi;
  /** The built web app (web/dist). When absent, the bucket is created but left empty. */
  readonly webAssetsDir?: string;
}

/**
 * The web app: a private bucket behind CloudFront (origin access control), with security
 * headers. `/api/*` goes to the HTTP API on the same origin, uncached, with every viewer
 * header except Host, so the browser never makes a cross-origin API call.
 */
export class WebStack extends Stack {
  readonly distribution: cloudfront.Distribution;

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

    this.distribution = new cloudfront.Distribution(this, "Distribution", {
      comment: "Alliance web app and API",
      defaultRootObject: "index.html",
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: cloudfront.CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: webHeadersPolicy(this),
        functionAssociations: [
          { function: spaRewrite(this), eventType: cloudfront.FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
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
      });
    }

    new CfnOutput(this, "WebUrl", { value: `https://${this.distribution.distributionDomainName}` });
    new CfnOutput(this, "DistributionId", { value: this.distribution.distributionId });
  }
}
