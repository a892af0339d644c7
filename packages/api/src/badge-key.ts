import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { badgeIssuer, ENV, type IssuerKey, type OpenBadgesLoader } from "@alliance/core";
import {
  createOpenBadgesSuite,
  generateIssuerKey,
  parseIssuerKey,
} from "@alliance/core/open-badges";
import {
  GetSecretValueCommand,
  PutSecretValueCommand,
  ResourceExistsException,
  ResourceNotFoundException,
  SecretsManagerClient,
} from "@aws-sdk/client-secrets-manager";

/**
 * Where the Open Badges issuer's key comes from (decision 0067). Imported only by the
 * entries that sign (the certificate function, the local server and the tests), never by
 * the API function: the signing libraries stay out of its bundle (decision 0028).
 */

/** The key in a local file; the first start writes a new one (`wx`: never over another). */
export async function issuerKeyFromFile(path: string): Promise<IssuerKey> {
  try {
    return parseIssuerKey(await readFile(path, "utf8"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const key = await generateIssuerKey();
  await mkdir(dirname(path), { recursive: true });
  try {
    await writeFile(path, `${JSON.stringify(key, null, 2)}\n`, { flag: "wx", mode: 0o600 });
    return key;
  } catch (error) {
    // Another process wrote it first: use theirs.
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return parseIssuerKey(await readFile(path, "utf8"));
  }
}

/** The first key's request token: every first start writes the same version, once. */
const FIRST_KEY_TOKEN = "alliance-open-badges-issuer-key-0001";

/**
 * The key in a Secrets Manager secret. The stack creates the secret with a random
 * placeholder (CDK) or no value (SST); the first start that finds no key in it puts one, as a version with a
 * fixed request token, so two first starts cannot leave two keys: the loser re-reads.
 */
export async function issuerKeyFromSecret(
  client: SecretsManagerClient,
  secretId: string,
): Promise<IssuerKey> {
  const read = async () => {
    try {
      const found = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
      return found.SecretString ?? "";
    } catch (error) {
      // A secret made without a value (SST's) has no version yet.
      if (error instanceof ResourceNotFoundException) return "";
      throw error;
    }
  };
  const stored = await read();
  try {
    return parseIssuerKey(stored);
  } catch {
    // The placeholder: no key yet.
  }
  const key = await generateIssuerKey();
  try {
    await client.send(
      new PutSecretValueCommand({
        SecretId: secretId,
        SecretString: JSON.stringify(key),
        ClientRequestToken: FIRST_KEY_TOKEN,
      }),
    );
    return key;
  } catch (error) {
    if (!(error instanceof ResourceExistsException)) throw error;
    return parseIssuerKey(await read());
  }
}

/** The suite, built on first use and kept for the life of the process. */
export function openBadgesLoader(
  publicSiteUrl: string | undefined,
  loadKey: () => Promise<IssuerKey>,
): OpenBadgesLoader {
  let suite: ReturnType<OpenBadgesLoader> | undefined;
  return () => {
    if (!publicSiteUrl) throw new Error("The public site address (PUBLIC_SITE_URL) is not set");
    suite ??= loadKey().then((key) => createOpenBadgesSuite(badgeIssuer(publicSiteUrl), key));
    // A failed load (the secret unreachable) is tried again by the next request.
    suite.catch(() => {
      suite = undefined;
    });
    return suite;
  };
}

/** The key source the environment names: a secret, a file, or a key for this process. */
export function openBadgesFromEnv(env: Record<string, string | undefined>): OpenBadgesLoader {
  const secretId = env[ENV.badgeKeySecret];
  const file = env[ENV.badgeKeyFile];
  const loadKey = secretId
    ? () => issuerKeyFromSecret(new SecretsManagerClient({}), secretId)
    : file
      ? () => issuerKeyFromFile(file)
      : generateIssuerKey;
  return openBadgesLoader(env[ENV.publicSiteUrl], loadKey);
}
