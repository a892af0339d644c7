import { type AppDeps, createBaseApp } from "./base-app.ts";
import { exchangeItemSearchRoutes } from "./routes/exchange-item-search.ts";

/**
 * The search function's app: the API's middleware and error handling and only exchange
 * search (`GET /api/exchange/items`, decision 0096), declared once in the route file the
 * whole API also mounts. Its core must have been built with `exchangeSearch`.
 */
export function createSearchApp(deps: AppDeps) {
  return createBaseApp(deps).route("/api", exchangeItemSearchRoutes);
}
