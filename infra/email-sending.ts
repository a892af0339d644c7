import { ENV } from "../packages/core/src/schema/index.ts";
import { platformEnvironment } from "./api.ts";
import { userPool } from "./auth.ts";
import { EMAIL_ACCESS, emailSender, REGION, sesIdentityNames } from "./platform-settings.ts";

const mail = EMAIL_ACCESS;

/** The sender of notification e-mail (decision 0073): EMAIL_FROM at deploy, as CDK's `-c emailFrom`. */
export const sender = emailSender(process.env[ENV.emailFrom], process.env[ENV.publicSiteUrl] ?? "");
const account = aws.getCallerIdentityOutput({}).accountId;

/**
 * What a function that sends notification e-mail may do (decisions 0063, 0073, 0075), as
 * stacks/email-sending.ts grants it: SES as the one sender, from that address only, and
 * people's addresses from the user pool. The stream function's `email` consumer and the
 * scheduled function's digest have it; the API function never sends.
 */
export const emailSendingPermissions = [
  {
    actions: [...mail.sendActions],
    resources: sesIdentityNames(sender).map(
      (name) => $interpolate`arn:aws:ses:${REGION}:${account}:identity/${name}`,
    ),
    conditions: [{ ...mail.fromCondition, values: [sender] }],
  },
  { actions: [...mail.userPoolActions], resources: [userPool.arn] },
];

/** The sender and the origins an e-mail's links are built from. */
export const emailSendingEnvironment = {
  [ENV.emailFrom]: sender,
  // CloudFront serves the API under /api on the site's own origin.
  [ENV.publicApiUrl]: platformEnvironment[ENV.publicSiteUrl],
};
