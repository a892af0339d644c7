import { createCore, createS3Client, loadConfig } from "@alliance/core";
import { type AppDeps, createApp } from "./app.ts";
import { createTokenVerifier } from "./middleware/token-verifier.ts";

/** The app wired from environment variables, validated once (fails fast with a clear message). */
export function createAppFromEnv(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<AppDeps> = {},
) {
  const config = loadConfig(env);
  return createApp({
    core: createCore({ config, s3: createS3Client(config, env) }),
    verifier: createTokenVerifier({
      issuer: config.tokenIssuer,
      jwksUri: config.jwksUri,
      clientId: config.userPoolClientId,
    }),
    corsOrigins: config.corsOrigins,
    logLevel: config.logLevel,
    ...overrides,
  });
}
