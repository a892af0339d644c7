/**
 * xAPI statements for a Learning Record Store (decision 0088). Imported by the change
 * stream's function and the scheduled jobs, never by the API function: the xAPI client
 * stays out of its bundle.
 */

export type { Statement } from "@xapi/xapi";
export {
  DeliveryError,
  type LrsConfig,
  lrsSender,
  type StatementSender,
  statementProblems,
} from "./lrs.ts";
export {
  type DeliverySummary,
  retryDelayMs,
  XAPI_ATTEMPTS,
  type XapiOutbox,
  xapiOutbox,
} from "./outbox.ts";
export {
  type LearningFact,
  STATEMENT_NAMESPACE,
  statementId,
  statementsOf,
  VERBS,
} from "./statements.ts";
export { factsOf, xapiConsumer } from "./xapi-consumer.ts";
export { XAPI_OUTBOX_SECONDS } from "./xapi-statement.entity.ts";
