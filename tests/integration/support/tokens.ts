import { createSign, generateKeyPairSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Tokens an emulator never issues (expired, for another client, badly signed),
 * made here to prove the API refuses them. The emulator's signing key ships in
 * the cognito-local package; a token signed with it passes the signature check,
 * so each case isolates one other claim.
 */
const requireFromDev = createRequire(
  new URL("../../../packages/dev/package.json", import.meta.url),
);
const emulatorKey: string = JSON.parse(
  readFileSync(
    join(
      dirname(requireFromDev.resolve("cognito-local/package.json")),
      "lib/keys/cognitoLocal.private.json",
    ),
    "utf8",
  ),
).pem;

const base64url = (value: string | Buffer) => Buffer.from(value).toString("base64url");

export function signToken(
  payload: Record<string, unknown>,
  options: { key?: string; alg?: string; kid?: string } = {},
): string {
  const header = { alg: options.alg ?? "RS256", kid: options.kid ?? "CognitoLocal", typ: "JWT" };
  const unsigned = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
  if (header.alg === "none") return `${unsigned}.`;
  const signature = createSign("RSA-SHA256")
    .update(unsigned)
    .sign(options.key ?? emulatorKey);
  return `${unsigned}.${base64url(signature)}`;
}

export function foreignKey(): string {
  return generateKeyPairSync("rsa", { modulusLength: 2048 })
    .privateKey.export({ type: "pkcs8", format: "pem" })
    .toString();
}

/** The claims of a real token, to copy and alter one at a time. */
export function claimsOf(token: string): Record<string, unknown> {
  const payload = token.split(".")[1] ?? "";
  return JSON.parse(Buffer.from(payload, "base64url").toString("utf8"));
}
