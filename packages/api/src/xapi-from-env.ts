import { type DataService, ENV } from "@alliance/core";
import {
  DeliveryError,
  type LrsConfig,
  lrsSender,
  type StatementSender,
  type XapiOutbox,
  xapiOutbox,
} from "@alliance/core/xapi";
import {
  GetSecretValueCommand,
  ResourceNotFoundException,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";
import { z } from "zod";

/** The secret's value: where the LRS is and its Basic credentials. */
const lrsSecretSchema = z.object({
  endpoint: z.url({ protocol: /^https?$/ }),
  key: z.string().min(1),
  secret: z.string().min(1),
});

/**
 * The LRS from a Secrets Manager secret, read on the first statement and kept. A
 * secret with no value (as the stack makes it until an operator fills it) or one that
 * does not parse is "not configured": statements wait in the outbox (decision 0088).
 */
export async function lrsFromSecret(
  client: SecretsManagerClient,
  secretId: string,
): Promise<LrsConfig | null> {
  try {
    const found = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
    const parsed = lrsSecretSchema.safeParse(JSON.parse(found.SecretString ?? "null"));
    return parsed.success ? parsed.data : null;
  } catch (error) {
    if (error instanceof ResourceNotFoundException || error instanceof SyntaxError) return null;
    throw error;
  }
}

/** A sender that reads its LRS once, then sends through it; no LRS yet → retry later. */
export function lazySender(load: () => Promise<LrsConfig | null>): StatementSender {
  let sender: Promise<StatementSender | null> | undefined;
  return async (statement) => {
    sender ??= load().then((config) => (config ? lrsSender(config) : null));
    const send = await sender.catch((error: unknown) => {
      sender = undefined; // a failed read is tried again on the next statement
      throw new DeliveryError(`The LRS's settings could not be read: ${error}`, "retry");
    });
    if (!send) {
      sender = undefined;
      throw new DeliveryError("No LRS is configured in the secret yet", "retry");
    }
    await send(statement);
  };
}

/**
 * Where statements go as the environment configures it: a secret (cloud), the endpoint
 * and credentials themselves (`pnpm dev`, tests), or nowhere (no statements are made).
 */
export function xapiSenderFromEnv(env: Record<string, string | undefined>): StatementSender | null {
  const secretId = env[ENV.xapiSecret];
  const endpoint = env[ENV.xapiEndpoint];
  if (secretId) {
    const client = new SecretsManagerClient({});
    return lazySender(() => lrsFromSecret(client, secretId));
  }
  if (endpoint) {
    return lrsSender({
      endpoint,
      key: env[ENV.xapiKey] ?? "",
      secret: env[ENV.xapiSecretKey] ?? "",
    });
  }
  return null;
}

/** The xAPI outbox as the environment configures it, or none (decision 0088). */
export function xapiFromEnv(
  env: Record<string, string | undefined>,
  data: DataService,
): XapiOutbox | null {
  const send = xapiSenderFromEnv(env);
  return send ? xapiOutbox(data, send) : null;
}
