export { type App, createApp, DOCS_PATH, OPENAPI_PATH, openApiInfo } from "./app.ts";
export {
  issuerKeyFromFile,
  issuerKeyFromSecret,
  openBadgesFromEnv,
  openBadgesLoader,
} from "./badge-key.ts";
export { createCertificateApp } from "./certificate-app.ts";
export { appDepsFromEnv } from "./deps-from-env.ts";
export type { AppEnv } from "./env.ts";
export { createAppFromEnv } from "./from-env.ts";
export {
  isJobName,
  JOB_HANDLERS,
  type JobDeps,
  type JobHandler,
  XAPI_RETRY_BATCH,
} from "./jobs.ts";
export { createTokenVerifier, type TokenVerifier } from "./middleware/token-verifier.ts";
export {
  createScheduledHandler,
  createScheduledHandlerFromEnv,
  type JobInvocation,
  type ScheduledHandler,
} from "./scheduled-from-env.ts";
export { createScormApp } from "./scorm-app.ts";
export { createStreamHandlerFromEnv, type StreamHandler } from "./stream-from-env.ts";
export { xapiFromEnv, xapiSenderFromEnv } from "./xapi-from-env.ts";
