/** Correlation ids across requests, table writes and the change stream (decision 0040). */
export {
  CORRELATION_ATTRIBUTE,
  currentCorrelationId,
  isCorrelationId,
  newCorrelationId,
  withCorrelationId,
} from "./correlation.ts";
export { stampCorrelationIds } from "./stamp.ts";
