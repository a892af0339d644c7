/**
 * The data layer's public surface: the clients, the one Service over the table
 * and what the use cases share about it (errors, paging, call limits).
 */
export {
  AWS_CALL_LIMITS,
  type CallLimits,
  callLimitsFor,
  EMULATOR_CALL_LIMITS,
  worstCaseCallMs,
} from "./aws-call-limits.ts";
export { createDynamoClient } from "./client.ts";
export { dataFaultToVisibleError, isConditionalCheckFailed } from "./errors.ts";
export { type Page, queryPage } from "./pagination.ts";
export { preparedQuery } from "./prepared-query.ts";
export { createS3Client } from "./s3-client.ts";
export { createDataService, type DataService } from "./service.ts";
