export * from "./academy/schemas.ts";
export {
  citedItemIds,
  type StoredDraft,
  toCourseSummary,
  toPublished,
} from "./academy/views.ts";
export * from "./auth/index.ts";
export { cityUseCases } from "./cities/cities.ts";
export * from "./cities/schemas.ts";
export * from "./config/index.ts";
export { type Core, createCore } from "./core.ts";
export {
  AWS_CALL_LIMITS,
  type CallLimits,
  callLimitsFor,
  EMULATOR_CALL_LIMITS,
  worstCaseCallMs,
} from "./data/aws-call-limits.ts";
export { createDynamoClient } from "./data/client.ts";
export { dataFaultToVisibleError, isConditionalCheckFailed } from "./data/errors.ts";
export { type Page, queryPage } from "./data/pagination.ts";
export { createS3Client } from "./data/s3-client.ts";
export { createDataService, type DataService } from "./data/service.ts";
export * from "./errors.ts";
export * from "./exchange/schemas.ts";
export { createCognitoDirectory, type IdentityDirectory } from "./identity/directory.ts";
export { isId, newId } from "./ids.ts";
export * from "./learning/schemas.ts";
export { courseStatsCsv } from "./learning/statistics-csv.ts";
export * from "./learning/statistics-schemas.ts";
export * from "./profile/schemas.ts";
export * from "./schema/index.ts";
export * from "./taxonomy/index.ts";
export * from "./users/schemas.ts";
