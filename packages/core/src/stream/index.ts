/**
 * The event backbone: the table's DynamoDB Stream decoded into TableChanges and
 * dispatched to the registered consumers (decision 0024). The same dispatcher runs in
 * the stream Lambda and behind `pnpm dev`'s poller of DynamoDB Local's stream.
 */

/** The Lambda event's shapes, so the API and the local poller need no types package of their own. */
export type { DynamoDBBatchResponse, DynamoDBRecord, DynamoDBStreamEvent } from "aws-lambda";
export type { ChangeConsumer, TableChange } from "./change.ts";
export { ChangeDecodeError, decodeChange, ENTITY_ATTRIBUTE } from "./decode.ts";
export {
  type ChangeBatchHandler,
  type ChangeBatchSummary,
  type ChangeLog,
  createChangeDispatcher,
} from "./dispatcher.ts";
export {
  PROCESSED_CHANGE_ENTITY,
  PROCESSED_CHANGE_SECONDS,
  ProcessedChangeEntity,
} from "./processed-change.entity.ts";
export { type ProcessedChanges, processedChangesIn } from "./processed-changes.ts";
