import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { z } from "zod";
import { ConfigError } from "../../config/config.ts";
import { awsClientLimits, callLimitsFor } from "../../data/aws-call-limits.ts";
import type { DataService } from "../../data/service.ts";
import { ENV } from "../../schema/env.ts";
import type { MailDeps } from "./mailer.ts";
import { cognitoAddressBook } from "./recipient-address.ts";
import { sesSender } from "./ses-sender.ts";

const origin = z
  .url({ protocol: /^https?$/, error: "expected an http(s):// origin" })
  .refine((url) => !/[?#]/.test(url), "expected an address without ? or #")
  .transform((url) => url.replace(/\/+$/, ""));

const emailEnvSchema = z.object({
  [ENV.emailFrom]: z.email("expected the sender's e-mail address").optional(),
  [ENV.sesEndpoint]: z.url().optional(),
  [ENV.publicSiteUrl]: origin,
  [ENV.publicApiUrl]: origin.optional(),
  [ENV.region]: z.string().min(1).default("eu-west-1"),
  [ENV.userPoolId]: z.string().min(1),
  [ENV.cognitoEndpoint]: z.url().optional(),
});

/** What the stream function (and the digest job) need to send notification e-mail. */
export interface EmailConfig {
  from: string;
  sesEndpoint?: string;
  webOrigin: string;
  apiOrigin: string;
  region: string;
  userPoolId: string;
  cognitoEndpoint?: string;
}

/**
 * Reads the e-mail settings once at start-up. Null when `EMAIL_FROM` is not set (a
 * stream function without e-mail, as in tests that build a table alone); a set but
 * invalid value fails at once, naming the variable.
 */
export function loadEmailConfig(
  env: Record<string, string | undefined> = process.env,
): EmailConfig | null {
  if (!env[ENV.emailFrom]) return null;
  const parsed = emailEnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `${String(issue.path[0] ?? "environment")}: ${issue.message}`,
    );
    throw new ConfigError(`Invalid e-mail configuration: ${problems.join("; ")}`);
  }
  const values = parsed.data;
  const webOrigin = values[ENV.publicSiteUrl];
  return {
    from: values[ENV.emailFrom] ?? "",
    sesEndpoint: values[ENV.sesEndpoint],
    webOrigin,
    apiOrigin: values[ENV.publicApiUrl] ?? webOrigin,
    region: values[ENV.region],
    userPoolId: values[ENV.userPoolId],
    cognitoEndpoint: values[ENV.cognitoEndpoint],
  };
}

/**
 * SES v2 and the user pool's clients for `config`. SES's client makes one attempt per
 * call: ses-sender.ts retries throttling itself, with its own backoff (decision 0063).
 */
export function mailDepsFromConfig(config: EmailConfig, data: DataService): MailDeps {
  const local = (endpoint: string | undefined) =>
    endpoint ? { endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } } : {};
  const ses = new SESv2Client({
    region: config.region,
    ...awsClientLimits({ ...callLimitsFor(config.sesEndpoint), maxAttempts: 1 }),
    ...local(config.sesEndpoint),
  });
  const cognito = new CognitoIdentityProviderClient({
    region: config.region,
    ...awsClientLimits(callLimitsFor(config.cognitoEndpoint)),
    ...local(config.cognitoEndpoint),
  });
  return {
    data,
    send: sesSender(ses),
    addressOf: cognitoAddressBook(cognito, config.userPoolId),
    from: config.from,
    webOrigin: config.webOrigin,
    apiOrigin: config.apiOrigin,
  };
}
