import type { DynamoDBBatchResponse, DynamoDBRecord } from "aws-lambda";
import { withCorrelationId } from "../observability/correlation.ts";
import type { ChangeConsumer, TableChange } from "./change.ts";
import { decodeChange } from "./decode.ts";
import { PROCESSED_CHANGE_ENTITY } from "./processed-change.entity.ts";
import type { ProcessedChanges } from "./processed-changes.ts";

/** Where the dispatcher reports; the Powertools logger fits it. */
export interface ChangeLog {
  debug(message: string, details: Record<string, unknown>): void;
  info(message: string, details: Record<string, unknown>): void;
  warn(message: string, details: Record<string, unknown>): void;
  error(message: string, details: Record<string, unknown>): void;
}

/** What one batch did, for metrics: per consumer, and the correlation ids of its changes. */
export interface ChangeBatchSummary {
  readonly records: number;
  readonly changes: number;
  readonly failed: number;
  readonly consumers: Readonly<Record<string, { handled: number; skipped: number }>>;
  readonly correlationIds: readonly string[];
}

/** Runs the consumers over one batch of one shard's records, in stream order. */
export type ChangeBatchHandler = (
  records: readonly DynamoDBRecord[],
) => Promise<DynamoDBBatchResponse>;

interface Positioned {
  /** Position of the change's record in the batch. */
  index: number;
  change: TableChange;
}

/** The consumer's changes of this batch, up to (not including) one whose `wants` throws. */
function wantedBy(consumer: ChangeConsumer, changes: Positioned[], log: ChangeLog) {
  const wanted: Positioned[] = [];
  for (const item of changes) {
    try {
      if (consumer.wants(item.change)) wanted.push(item);
    } catch (error) {
      log.error("change consumer's wants failed", details(consumer, item, error));
      return { wanted, failedAt: item.index };
    }
  }
  return { wanted, failedAt: undefined };
}

function details(consumer: ChangeConsumer, item: Positioned, error?: unknown) {
  return {
    consumer: consumer.name,
    eventId: item.change.eventId,
    sequenceNumber: item.change.sequenceNumber,
    correlationId: item.change.correlationId,
    entity: item.change.entity,
    ...(error !== undefined && { error }),
  };
}

/**
 * One consumer over the batch: handle each wanted change it has not finished, in
 * order, stopping at the first that throws; then flush; then record what it
 * finished. Returns the position of the first record it failed, if any: a flush
 * that throws fails every change handled in this batch.
 */
async function runConsumer(
  consumer: ChangeConsumer,
  changes: Positioned[],
  processed: ProcessedChanges,
  log: ChangeLog,
): Promise<{ failedAt: number | undefined; handled: number; skipped: number }> {
  const { wanted, failedAt: wantsFailedAt } = wantedBy(consumer, changes, log);
  let failedAt = wantsFailedAt;
  const first = wanted[0];
  if (!first) return { failedAt, handled: 0, skipped: 0 };
  let finished: Set<string>;
  try {
    finished = await processed.finished(
      consumer.name,
      wanted.map(({ change }) => change.eventId),
    );
  } catch (error) {
    log.error("could not read which changes a consumer finished", details(consumer, first, error));
    return { failedAt: first.index, handled: 0, skipped: 0 };
  }
  const handled: Positioned[] = [];
  let skipped = 0;
  for (const item of wanted) {
    if (finished.has(item.change.eventId)) {
      skipped += 1;
      log.debug("change already finished by consumer", details(consumer, item));
      continue;
    }
    try {
      // The consumer's own writes carry on the change's correlation id (decision 0040).
      const { correlationId } = item.change;
      await (correlationId
        ? withCorrelationId(correlationId, () => consumer.handle(item.change))
        : consumer.handle(item.change));
      handled.push(item);
    } catch (error) {
      log.error("change consumer failed", details(consumer, item, error));
      failedAt = item.index;
      break;
    }
  }
  const firstHandled = handled[0];
  if (!firstHandled) return { failedAt, handled: 0, skipped };
  try {
    await consumer.flush?.();
  } catch (error) {
    log.error("change consumer's flush failed", {
      ...details(consumer, firstHandled, error),
      handled: handled.length,
    });
    return { failedAt: firstHandled.index, handled: 0, skipped };
  }
  try {
    const unwritten = await processed.record(
      consumer.name,
      handled.map(({ change }) => change),
    );
    if (unwritten > 0) {
      log.warn("some finished changes were not recorded", { consumer: consumer.name, unwritten });
    }
  } catch (error) {
    // Not a failure of the batch: unrecorded changes are only handled again if redelivered.
    log.warn("could not record finished changes", details(consumer, firstHandled, error));
  }
  return { failedAt, handled: handled.length, skipped };
}

/**
 * The event backbone's dispatcher (decision 0024). For a batch of one shard's stream
 * records, it decodes each into a TableChange and runs every consumer over them in
 * registration order, each consumer seeing its changes in stream order. It answers
 * as Lambda expects of an ordered stream with batch item failures: the first failed
 * record and every one after it, so the batch is retried from there. A consumer's
 * finished changes are recorded (consumer name + event id) and skipped on a
 * redelivery; changes to that record itself are never offered to consumers.
 */
export function createChangeDispatcher(options: {
  consumers: readonly ChangeConsumer[];
  processed: ProcessedChanges;
  log: ChangeLog;
  /** Called with each batch's summary (the stream function turns it into metrics). */
  report?: (summary: ChangeBatchSummary) => void;
}): ChangeBatchHandler {
  const { consumers, processed, log, report } = options;
  const names = new Set(consumers.map((consumer) => consumer.name));
  if (names.size !== consumers.length) {
    throw new Error("Every change consumer needs a name of its own: it keys what it finished.");
  }
  return async (records) => {
    let failedAt = records.length;
    const changes: Positioned[] = [];
    for (const [index, record] of records.entries()) {
      try {
        const change = decodeChange(record);
        if (change.entity !== PROCESSED_CHANGE_ENTITY) changes.push({ index, change });
      } catch (error) {
        log.error("unreadable stream record", {
          eventId: record.eventID,
          sequenceNumber: record.dynamodb?.SequenceNumber,
          error,
        });
        failedAt = index;
        break;
      }
    }
    const summary: Record<string, { handled: number; skipped: number }> = {};
    for (const consumer of consumers) {
      const result = await runConsumer(consumer, changes, processed, log);
      summary[consumer.name] = { handled: result.handled, skipped: result.skipped };
      if (result.failedAt !== undefined) failedAt = Math.min(failedAt, result.failedAt);
    }
    const failed = records.slice(failedAt);
    const batch: ChangeBatchSummary = {
      records: records.length,
      changes: changes.length,
      failed: failed.length,
      consumers: summary,
      correlationIds: [...new Set(changes.flatMap(({ change }) => change.correlationId ?? []))],
    };
    log.info("change batch", { ...batch });
    report?.(batch);
    return {
      batchItemFailures: failed.map((record) => ({
        itemIdentifier: record.dynamodb?.SequenceNumber ?? "",
      })),
    };
  };
}
