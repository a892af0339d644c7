import type {
  Actor,
  CertificatePdfRenderer,
  Core,
  OpenBadgesLoader,
  ScormInspector,
} from "@alliance/core/kernel";
import type { RequestIdVariables } from "hono/request-id";
import type { RequestLogger } from "./middleware/logging.ts";

/** What every handler finds on the Hono context. */
export type AppEnv = {
  Variables: RequestIdVariables & {
    actor: Actor;
    core: Core;
    logger: RequestLogger;
    /** Absent in the API function: API Gateway sends certificate PDFs elsewhere. */
    renderCertificatePdf?: CertificatePdfRenderer;
    /** Absent in the API function: API Gateway sends Open Badges routes elsewhere (0066). */
    openBadges?: OpenBadgesLoader;
    /** Absent in the API function: API Gateway sends SCORM checks elsewhere (0084). */
    inspectScormPackage?: ScormInspector;
  };
};

/** The header that carries the request id, both ways (app-middleware.ts's `requestId`). */
export const REQUEST_ID_HEADER = "X-Request-Id";
