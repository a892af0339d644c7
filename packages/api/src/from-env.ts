import { callLimitsFor, createCore, createS3Client, loadConfig } from "@alliance/core";
import { type AppDeps, createApp } from "./app.ts";
import { createTokenVerifier } from "./middleware/token-verifier.ts";

/** The app wired from environment variables, validated once (fails fast with a clear message). */
export function createAppFromEnv(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<AppDeps> = {},
) {
  const config = loadConfig(env);
  return createApp({
    // Only build a core when none is given: ElectroDB entities are module-level
    // singletons, so every core built rebinds them to its own DynamoDB client.
    core: overrides.core ?? createCore({ config, s3: createS3Client(config, env) }),
    verifier: createTokenVerifier({
      issuer: config.tokenIssuer,
      jwksUri: config.jwksUri,
      clientId: config.userPoolClientId,
      jwksTimeoutMs: callLimitsFor(config.cognitoEndpoint).jwksTimeoutMs,
    }),
    corsOrigins: config.corsOrigins,
    logLevel: config.logLevel,
    ...overrides,
  });
}
