import { type Stack, Stack as StackClass } from "aws-cdk-lib";
import type * as cognito from "aws-cdk-lib/aws-cognito";
import * as iam from "aws-cdk-lib/aws-iam";
import type * as lambda from "aws-cdk-lib/aws-lambda";
import { EMAIL_ACCESS, sesIdentityNames } from "../infra/platform-settings.ts";
import { ENV } from "../packages/core/src/schema/index.ts";

/**
 * What a function that sends notification e-mail is given (decisions 0063, 0073, 0075):
 * the sender and the origins its links are built from, SES as that one sender (its
 * identities' ARNs, and only with that From address), and people's addresses from the user
 * pool. The stream function's `email` consumer and the scheduled function's digest have
 * it; the API function never sends. infra/email-sending.ts is SST's same grant.
 */
export function grantEmailSending(
  fn: lambda.Function,
  props: { emailFrom: string; publicSiteUrl: string; userPool: cognito.IUserPool },
): void {
  const mail = EMAIL_ACCESS;
  const stack: Stack = StackClass.of(fn);
  fn.addEnvironment(ENV.emailFrom, props.emailFrom);
  // CloudFront serves the API under /api on the site's own origin.
  fn.addEnvironment(ENV.publicApiUrl, props.publicSiteUrl);
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      actions: [...mail.sendActions],
      resources: sesIdentityNames(props.emailFrom).map((name) =>
        stack.formatArn({ service: "ses", resource: "identity", resourceName: name }),
      ),
      conditions: {
        [mail.fromCondition.test]: { [mail.fromCondition.variable]: props.emailFrom },
      },
    }),
  );
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      actions: [...mail.userPoolActions],
      resources: [props.userPool.userPoolArn],
    }),
  );
}
