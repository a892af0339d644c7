import { handle } from "hono/aws-lambda";
import { createApp } from "./app.ts";
import { appDepsFromEnv } from "./deps-from-env.ts";
import { createLogger } from "./middleware/logging.ts";

const deps = appDepsFromEnv();

/**
 * API Gateway (HTTP API, payload v2) → the Hono app. Config is read once per container.
 * No certificate renderer: API Gateway sends `GET /api/me/certificates/{code}` to the
 * certificate function (certificate-lambda.ts), so this bundle stays small (decision 0028).
 */
export const handler = handle(createApp(deps));

// Lambda's init phase, here only (never the local server or tests): start loading the
// search catalogue (one GetObject of the snapshot, then the delta; decision 0026) while
// the first request is on its way. Not awaited: the import ends first, and the first
// search awaits this same load. A failure is logged; that search then loads as it would
// have without this.
deps.core.exchange.preloadSearch().catch((error: unknown) => {
  createLogger(deps.logLevel ?? "INFO").warn("Search preload failed", {
    error: error instanceof Error ? error.message : String(error),
  });
});
