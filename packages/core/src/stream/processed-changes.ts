import type { DataService } from "../data/service.ts";
import type { TableChange } from "./change.ts";
import { PROCESSED_CHANGE_SECONDS } from "./processed-change.entity.ts";

/** Which changes each consumer has finished: the dispatcher's idempotency record. */
export interface ProcessedChanges {
  /** The event ids among `eventIds` that `consumer` has finished. */
  finished(consumer: string, eventIds: readonly string[]): Promise<Set<string>>;
  /** Records `changes` as finished by `consumer`; returns how many could not be written. */
  record(consumer: string, changes: readonly TableChange[]): Promise<number>;
}

/** The record kept in the table itself, as core's processed-change entity (BatchGet, BatchWrite). */
export function processedChangesIn(
  data: DataService,
  now: () => Date = () => new Date(),
): ProcessedChanges {
  const entity = data.entities.processedChange;
  return {
    async finished(consumer, eventIds) {
      if (eventIds.length === 0) return new Set();
      // Keys left unprocessed count as not finished: at worst a change is handled again.
      const { data: found } = await entity
        .get(eventIds.map((eventId) => ({ consumer, eventId })))
        .go({ attributes: ["eventId"] });
      return new Set(found.map((item) => item.eventId));
    },
    async record(consumer, changes) {
      if (changes.length === 0) return 0;
      const at = now();
      const expiresAt = Math.floor(at.getTime() / 1000) + PROCESSED_CHANGE_SECONDS;
      const { unprocessed } = await entity
        .put(
          changes.map((change) => ({
            consumer,
            eventId: change.eventId,
            sequenceNumber: change.sequenceNumber,
            processedAt: at.toISOString(),
            expiresAt,
          })),
        )
        .go();
      return unprocessed.length;
    },
  };
}
