import { Aspects, CfnResource, type IAspect, Stack } from "aws-cdk-lib";
import * as lambda from "aws-cdk-lib/aws-lambda";
import * as logs from "aws-cdk-lib/aws-logs";
import type { IConstruct } from "constructs";
import { LOG_RETENTION } from "../infra/operations-settings.ts";
import { removalPolicyFor } from "./stage.ts";

/**
 * Gives every Lambda function without a log group of its own (CDK's custom resource
 * providers: emptying buckets, uploading the web app) its `/aws/lambda/<name>` log group
 * with LOG_RETENTION, so no log group of the platform keeps lines forever. Lambda
 * would otherwise create that group on the first run, with no retention.
 */
class FunctionLogRetention implements IAspect {
  constructor(private readonly stage: string) {}

  visit(node: IConstruct): void {
    // Providers made by CustomResourceProvider are plain CfnResources of the function type.
    if (
      !(node instanceof CfnResource) ||
      node.cfnResourceType !== lambda.CfnFunction.CFN_RESOURCE_TYPE_NAME
    )
      return;
    if (node instanceof lambda.CfnFunction && node.loggingConfig !== undefined) return;
    const group = new logs.CfnLogGroup(node.node.scope ?? Stack.of(node), `${node.node.id}Logs`, {
      logGroupName: `/aws/lambda/${node.ref}`,
      retentionInDays: LOG_RETENTION.days,
    });
    group.applyRemovalPolicy(removalPolicyFor(this.stage));
  }
}

/** Applies FunctionLogRetention to everything under `scope` (the app). */
export function keepLogsForRetention(scope: IConstruct, stage: string): void {
  Aspects.of(scope).add(new FunctionLogRetention(stage));
}
