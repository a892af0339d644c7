import { callLimitsFor, createCore, type ExchangeSearch, loadConfig } from "@alliance/core/kernel";
import type { AppDeps } from "./app-middleware.ts";
import { createTokenVerifier, refusingSuspended } from "./middleware/token-verifier.ts";

/**
 * The app's dependencies wired from environment variables, validated once (fails fast
 * with a clear message). No certificate renderer: the entries that serve certificates
 * add it (from-env.ts, certificate-lambda.ts), so the API function's bundle lacks it.
 * Nor exchange search: the entries that search pass `search` (from-env.ts,
 * search-lambda.ts; decision 0096).
 */
export function appDepsFromEnv(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<AppDeps> = {},
  options: { search?: ExchangeSearch } = {},
): AppDeps {
  const config = loadConfig(env);
  // Only build a core when none is given: a core brings its own clients and entities
  // (each bound to its client, built on first use: decision 0098), which a given core
  // already has.
  const core =
    overrides.core ??
    createCore({
      config,
      env,
      ...(options.search && { search: options.search }),
    });
  return {
    core,
    // A valid token of a suspended person is refused too (decision 0048).
    verifier: refusingSuspended(
      createTokenVerifier({
        issuer: config.tokenIssuer,
        jwksUri: config.jwksUri,
        clientId: config.userPoolClientId,
        jwksTimeoutMs: callLimitsFor(config.cognitoEndpoint).jwksTimeoutMs,
      }),
      core.data,
    ),
    corsOrigins: config.corsOrigins,
    logLevel: config.logLevel,
    ...overrides,
  };
}
