/**
 * `@alliance/core/kernel`: what the API needs before any domain (decision 0109): the
 * core itself, whose domains load on first use, configuration, clients, errors, the
 * caller and the request's correlation id. Nothing here imports a domain's use cases or
 * schemas, so that a cold start which imports this, and not `@alliance/core`, evaluates
 * none of them; `tests/infra/api-bundle.test.ts` holds the API function to it.
 */
export type { ScormInspector } from "./academy/scorm/inspection.ts";
export { type Actor, requireRole, requireUser, withActor } from "./auth/actor.ts";
export { refuseSuspended } from "./auth/load-profile.ts";
export { loadConfig } from "./config/config.ts";
export { type Core, createCore } from "./core.ts";
export { AWS_CALL_LIMITS, callLimitsFor } from "./data/aws-call-limits.ts";
export { dataFaultToVisibleError } from "./data/errors.ts";
export type { DataService } from "./data/service.ts";
export { type FieldError, isVisibleError, VisibleError } from "./errors.ts";
export type { ExchangeSearch } from "./exchange/index.ts";
export type { CertificatePdfRenderer } from "./learning/certificates.ts";
export type { OpenBadgesLoader } from "./learning/open-badges/credential.ts";
export { isCorrelationId, withCorrelationId } from "./observability/correlation.ts";
export { isRole } from "./schema/roles.ts";
