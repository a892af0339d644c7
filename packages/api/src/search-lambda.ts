import { exchangeSearch } from "@alliance/core/exchange-search";
import { handle } from "hono/aws-lambda";
import { appDepsFromEnv } from "./deps-from-env.ts";
import { createLogger } from "./middleware/logging.ts";
import { createSearchApp } from "./search-app.ts";

const deps = appDepsFromEnv(process.env, {}, { search: exchangeSearch });

/**
 * The search function: API Gateway sends it `GET /api/exchange/items`, so MiniSearch, its
 * stemmers and stop words and the snapshot's load stay out of the API function (DESIGN.md,
 * decisions 0026, 0096).
 */
export const handler = handle(createSearchApp(deps));

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
