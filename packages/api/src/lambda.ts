import { handle } from "hono/aws-lambda";
import { createApp } from "./app.ts";
import { appDepsFromEnv } from "./deps-from-env.ts";

/**
 * API Gateway (HTTP API, payload v2) → the Hono app. Config is read once per container.
 * No certificate renderer: API Gateway sends `GET /api/me/certificates/{code}` to the
 * certificate function (certificate-lambda.ts), so this bundle stays small (decision 0028).
 * No search engine either, and no search preload: API Gateway sends `GET /api/exchange/items`
 * to the search function (search-lambda.ts, decision 0096); bookmarks, the moderation queue
 * and theme counts read the catalogue's items, without its index, on first use.
 */
export const handler = handle(createApp(appDepsFromEnv()));
