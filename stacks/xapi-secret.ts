import { ArnFormat, Stack } from "aws-cdk-lib";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { XAPI_ACCESS } from "../infra/platform-settings.ts";
import { ENV } from "../packages/core/src/schema/index.ts";
import { removalPolicyFor } from "./stage.ts";

/** The LRS's secret as its readers need it: the id they are given, the ARN they may read. */
export interface XapiSecretRef {
  /** XAPI_SECRET_ID: the made secret's ARN, or the named one's name. */
  readonly secretId: string;
  /** What IAM grants GetSecretValue on: the ARN, or the name's ARN with Secrets Manager's suffix. */
  readonly policyArn: string;
}

/**
 * The stage's xAPI secret (decision 0090): an existing one by name (`-c xapiSecretName=…`),
 * or one made here holding a random placeholder, which the readers take as "no LRS yet"
 * until an operator puts the JSON of XAPI_ACCESS in it. Production keeps a made one.
 */
export function xapiSecret(scope: Construct, stage: string, name?: string): XapiSecretRef {
  if (name) {
    const stack = Stack.of(scope);
    const arn = stack.formatArn({
      service: "secretsmanager",
      resource: "secret",
      resourceName: name,
      arnFormat: ArnFormat.COLON_RESOURCE_NAME,
    });
    return { secretId: name, policyArn: `${arn}-??????` };
  }
  const secret = new secretsmanager.Secret(scope, "XapiLrs", {
    description: XAPI_ACCESS.secretDescription,
    removalPolicy: removalPolicyFor(stage),
  });
  return { secretId: secret.secretArn, policyArn: secret.secretArn };
}

/** A function that sends xAPI statements: the secret's id, and reading that secret only. */
export function grantXapiSecret(fn: lambda.Function, secret: XapiSecretRef): void {
  fn.addEnvironment(ENV.xapiSecret, secret.secretId);
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      actions: [...XAPI_ACCESS.secretActions],
      resources: [secret.policyArn],
    }),
  );
}
