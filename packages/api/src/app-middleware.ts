import {
  type CertificatePdfRenderer,
  type Core,
  isCorrelationId,
  type OpenBadgesLoader,
  type ScormInspector,
  withCorrelationId,
} from "@alliance/core/kernel";
import type { Context, Hono } from "hono";
import { requestId } from "hono/request-id";
import { type AppEnv, REQUEST_ID_HEADER } from "./env.ts";
import { auth } from "./middleware/auth.ts";
import { bodySizeLimit } from "./middleware/body-limit.ts";
import { onError, onNotFound } from "./middleware/errors.ts";
import { createLogger, type LogLevel, requestLogging } from "./middleware/logging.ts";
import { corsAllowList, securityHeaders } from "./middleware/security.ts";
import type { TokenVerifier } from "./middleware/token-verifier.ts";

/**
 * The request id, when the caller sent none (an `X-Request-Id` it sent is kept): API
 * Gateway's own, which its access log carries, so one id finds the request's access log
 * line, log lines, metrics and the changes it caused (decision 0040); a new UUID elsewhere.
 */
function gatewayRequestId(c: Context): string {
  const env = c.env as { requestContext?: { requestId?: unknown } } | undefined;
  const id = env?.requestContext?.requestId;
  return isCorrelationId(id) ? id : crypto.randomUUID();
}

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
  /**
   * Signs and checks Open Badges credentials (`badge-key.ts`): like the renderer, only the
   * certificate function, the local server and the tests have it (decision 0066).
   */
  openBadges?: OpenBadgesLoader;
  /**
   * Checks SCORM packages (`@alliance/core/scorm-package`, with yauzl and fast-xml-parser):
   * only the SCORM function, the local server and the tests have it (decision 0084).
   */
  inspectScormPackage?: ScormInspector;
}

/**
 * `app` with the API's middleware (request id, structured log, security headers, CORS,
 * body limit, auth → Actor) and its one error handler, and no route yet. On a plain Hono
 * app too: the API function's app answers its routes through their groups
 * (route-groups.ts), so its cold start loads neither @hono/zod-openapi nor what it
 * brings (decision 0112); `createBaseApp` (base-app.ts) gives an OpenAPIHono one.
 */
export function withApiMiddleware<A extends Hono<AppEnv>>(app: A, deps: AppDeps): A {
  const logger = createLogger(deps.logLevel ?? "INFO");
  const { core, renderCertificatePdf, openBadges, inspectScormPackage } = deps;
  app.use(requestId({ generator: gatewayRequestId, headerName: REQUEST_ID_HEADER }));
  app.use(requestLogging(logger));
  // Not async: nothing to do after the route, so no promise of its own per request. One
  // layer for both, as each layer of Hono's chain costs every request (decision 0051).
  app.use((c, next) => {
    c.set("core", core);
    if (renderCertificatePdf) c.set("renderCertificatePdf", renderCertificatePdf);
    if (openBadges) c.set("openBadges", openBadges);
    if (inspectScormPackage) c.set("inspectScormPackage", inspectScormPackage);
    // Everything the request causes carries its id: table writes, then the change stream.
    return withCorrelationId(c.get("requestId"), next);
  });
  app.use(securityHeaders(DOCS_PATH));
  app.use(corsAllowList(deps.corsOrigins ?? []));
  app.use("/api/*", bodySizeLimit());
  app.use("/api/*", auth(deps.verifier));
  app.notFound(onNotFound);
  app.onError(onError);
  return app;
}
