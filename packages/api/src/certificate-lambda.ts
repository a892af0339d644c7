import { renderCertificatePdf } from "@alliance/core/certificate-pdf";
import { handle } from "hono/aws-lambda";
import { openBadgesFromEnv } from "./badge-key.ts";
import { createCertificateApp } from "./certificate-app.ts";
import { appDepsFromEnv } from "./deps-from-env.ts";

/**
 * The certificate function: API Gateway sends it `GET /api/me/certificates/{code}` and the
 * Open Badges routes (credentials, the issuer's DID, status lists, verification), heavy
 * and rare work kept off the API function's request path (DESIGN.md, decision 0028).
 */
export const handler = handle(
  createCertificateApp({
    ...appDepsFromEnv(),
    renderCertificatePdf,
    openBadges: openBadgesFromEnv(process.env),
  }),
);
