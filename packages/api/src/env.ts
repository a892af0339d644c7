import type { Actor, CertificatePdfRenderer, Core } from "@alliance/core";
import type { Logger } from "@aws-lambda-powertools/logger";
import type { RequestIdVariables } from "hono/request-id";

/** What every handler finds on the Hono context. */
export type AppEnv = {
  Variables: RequestIdVariables & {
    actor: Actor;
    core: Core;
    logger: Logger;
    /** Absent in the API function: API Gateway sends certificate PDFs elsewhere. */
    renderCertificatePdf?: CertificatePdfRenderer;
  };
};
