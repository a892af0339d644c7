/**
 * One change of the table, as its DynamoDB Stream reports it, decoded from the
 * stream record: the same shape in the cloud (a Lambda fed by an event source
 * mapping) and in `pnpm dev` (a poller of DynamoDB Local's stream). Consumers
 * (search snapshot, notifications, xAPI, counters that may lag) take these;
 * request handlers never call a consumer directly (see ../shared/DESIGN.md).
 */
export interface TableChange {
  /** The stream record's `eventID`: unique per change, the idempotency key. */
  readonly eventId: string;
  readonly kind: "insert" | "modify" | "remove";
  /** ElectroDB entity name of the item (`__edb_e__`), or null for an item of no entity. */
  readonly entity: string | null;
  /** The table's primary key of the changed item. */
  readonly keys: Readonly<Record<string, string>>;
  /** Unmarshalled images (plain JS values), as stored: parse them through the entity. */
  readonly oldImage?: Readonly<Record<string, unknown>>;
  readonly newImage?: Readonly<Record<string, unknown>>;
  /** When the change was written (the record's approximate creation time), ISO 8601 UTC. */
  readonly at: string;
  /** The record's sequence number, increasing within a shard. */
  readonly sequenceNumber: string;
  /** True when DynamoDB's TTL removed the item (an expiry), not a request. */
  readonly expired?: boolean;
  /**
   * What caused the change (decision 0040): the correlation id its writer stamped on the
   * new image, or, for a removal or an unstamped write, the stream record's own `stream-<eventId>`.
   */
  readonly correlationId?: string;
}

/**
 * A consumer of table changes. The backbone calls `wants` for every record,
 * `handle` for each wanted one in stream order, then `flush` once per batch.
 * Delivery is at least once: a failed batch is retried, so `handle` must be
 * idempotent (the backbone also skips an `eventId` a consumer already finished).
 */
export interface ChangeConsumer {
  readonly name: string;
  wants(change: TableChange): boolean;
  handle(change: TableChange): Promise<void>;
  /** After the batch's records; a throw fails every record this consumer handled in it. */
  flush?(): Promise<void>;
}
