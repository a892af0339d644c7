import { OpenAPIHono } from "@hono/zod-openapi";
import { type AppDeps, withApiMiddleware } from "./app-middleware.ts";
import type { AppEnv } from "./env.ts";

export { type AppDeps, DOCS_PATH, OPENAPI_PATH } from "./app-middleware.ts";

/**
 * An OpenAPIHono app with the API's middleware and its one error handler
 * (app-middleware.ts), and no route yet: the whole API's routes (app-routes.ts) and the
 * certificate, search and SCORM functions (certificate-app.ts, …) add theirs to it.
 */
export function createBaseApp(deps: AppDeps) {
  return withApiMiddleware(new OpenAPIHono<AppEnv>(), deps);
}
