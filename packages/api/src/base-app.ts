import type { CertificatePdfRenderer, Core } from "@alliance/core";
import { OpenAPIHono } from "@hono/zod-openapi";
import { requestId } from "hono/request-id";
import type { AppEnv } from "./env.ts";
import { auth } from "./middleware/auth.ts";
import { bodySizeLimit } from "./middleware/body-limit.ts";
import { onError, onNotFound } from "./middleware/errors.ts";
import { createLogger, type LogLevel, requestLogging } from "./middleware/logging.ts";
import { corsAllowList, securityHeaders } from "./middleware/security.ts";
import type { TokenVerifier } from "./middleware/token-verifier.ts";

export const OPENAPI_PATH = "/api/openapi.json";
export const DOCS_PATH = "/api/docs";

export interface AppDeps {
  core: Core;
  verifier: TokenVerifier;
  corsOrigins?: readonly string[];
  logLevel?: LogLevel;
  /**
   * Draws certificate PDFs (`@alliance/core/certificate-pdf`). The local server, the tests
   * and the certificate function pass it; the API function does not, so its bundle holds
   * no pdf-lib, fontkit or fonts: API Gateway sends certificate downloads to the
   * certificate function (decision 0028).
   */
  renderCertificatePdf?: CertificatePdfRenderer;
}

/**
 * An app with the API's middleware (request id, structured log, security headers, CORS,
 * body limit, auth → Actor) and its one error handler, and no route yet: the whole API
 * (app.ts) and the certificate function (certificate-app.ts) add theirs to it.
 */
export function createBaseApp(deps: AppDeps) {
  const app = new OpenAPIHono<AppEnv>();
  const logger = createLogger(deps.logLevel ?? "INFO");
  const { core, renderCertificatePdf } = deps;

  app.use(requestId());
  app.use(requestLogging(logger));
  app.use(securityHeaders(DOCS_PATH));
  app.use(corsAllowList(deps.corsOrigins ?? []));
  // Not async: nothing to do after the route, so no promise of its own per request.
  app.use((c, next) => {
    c.set("core", core);
    if (renderCertificatePdf) c.set("renderCertificatePdf", renderCertificatePdf);
    return next();
  });
  app.use("/api/*", bodySizeLimit());
  app.use("/api/*", auth(deps.verifier));
  app.notFound(onNotFound);
  app.onError(onError);
  return app;
}
