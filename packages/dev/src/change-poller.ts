import {
  CHANGE_DELIVERY,
  type DynamoDBBatchResponse,
  type DynamoDBRecord,
  type DynamoDBStreamEvent,
} from "@alliance/core";
import { DescribeTableCommand } from "@aws-sdk/client-dynamodb";
import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  ExpiredIteratorException,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type Shard,
  ShardIteratorType,
  TrimmedDataAccessException,
} from "@aws-sdk/client-dynamodb-streams";
import { LOCAL_CREDENTIALS, LOCAL_REGION, localDynamoDb } from "./local-aws.ts";

/** The stream Lambda's handler (packages/api/src/stream-lambda.ts), which the poller feeds. */
export type StreamEventHandler = (event: DynamoDBStreamEvent) => Promise<DynamoDBBatchResponse>;

/** Where the poller reports; the Powertools logger and `console` fit it. */
export interface PollerLog {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

export interface ChangePollerOptions {
  /** DynamoDB Local's address; its streams API answers there too. */
  endpoint: string;
  tableName: string;
  handler: StreamEventHandler;
  /** Retries of a failing batch before its first record is given up (Lambda's maxRetryAttempts). */
  retryAttempts?: number;
  batchSize?: number;
  pollIntervalMs?: number;
  log?: PollerLog;
}

/** A record the poller gave up on, where Lambda would send the batch to its dead-letter queue. */
export interface DeadLetter {
  shardId: string;
  sequenceNumber: string;
  eventId: string | undefined;
  attempts: number;
}

export interface ChangePoller {
  /** Resolves once a whole pass over the stream, begun after the call, found nothing new. */
  drained(timeoutMs?: number): Promise<void>;
  /** Records given up after `retryAttempts` retries, in order. */
  readonly deadLettered: readonly DeadLetter[];
  /** Stops polling after the batch in progress; resolves once it has. */
  stop(): Promise<void>;
}

/** Where a shard is read from next. */
type Position =
  | { type: typeof ShardIteratorType.TRIM_HORIZON }
  | {
      type:
        | typeof ShardIteratorType.AT_SEQUENCE_NUMBER
        | typeof ShardIteratorType.AFTER_SEQUENCE_NUMBER;
      sequenceNumber: string;
    };

interface ShardState {
  id: string;
  parentId: string | undefined;
  position: Position;
  iterator: string | undefined;
  /** The shard is closed and read to its end: its children may start. */
  ended: boolean;
  /** The record a failing batch starts from, and how many deliveries of it failed. */
  failing: { sequenceNumber: string; attempts: number } | undefined;
}

/**
 * Stream records as Lambda's event has them (it gets them as JSON): creation time in
 * epoch seconds, binary values in base64, the stream's ARN on each record.
 */
/**
 * An item image as DynamoDB itself sends it. DynamoDB Local's stream gives an empty map
 * as `{}` instead of `{ "M": {} }` (an empty list keeps its `{ "L": [] }`), which no reader
 * of attribute values accepts: the change would be unreadable and given up. Only maps
 * can be empty objects, so `{}` is read back as one, at any depth.
 */
export function withEmptyMaps(image: unknown): unknown {
  if (typeof image !== "object" || image === null) return image;
  const repair = (value: unknown): unknown => {
    if (typeof value !== "object" || value === null) return value;
    const attribute = value as Record<string, unknown>;
    if (Object.keys(attribute).length === 0) return { M: {} };
    if (attribute.M && typeof attribute.M === "object") {
      return { M: withEmptyMaps(attribute.M) };
    }
    if (Array.isArray(attribute.L)) return { L: attribute.L.map(repair) };
    return value;
  };
  return Object.fromEntries(
    Object.entries(image as Record<string, unknown>).map(([name, value]) => [name, repair(value)]),
  );
}

function asLambdaRecords(records: _Record[], streamArn: string): DynamoDBRecord[] {
  const json = JSON.stringify(
    records.map((record) => ({ ...record, eventSourceARN: streamArn })),
    function replace(this: Record<string, unknown>, key: string, value: unknown) {
      const raw = this[key];
      if (raw instanceof Date) return raw.getTime() / 1000;
      if (raw instanceof Uint8Array) return Buffer.from(raw).toString("base64");
      if (key === "NewImage" || key === "OldImage") return withEmptyMaps(value);
      return value;
    },
  );
  return JSON.parse(json) as DynamoDBRecord[];
}

/** The first record of the batch that the answer lists as failed (all of them if it names none it has). */
function firstFailed(records: _Record[], answer: DynamoDBBatchResponse): number | undefined {
  const failed = new Set(answer.batchItemFailures.map((failure) => failure.itemIdentifier));
  if (failed.size === 0) return undefined;
  const index = records.findIndex((record) => failed.has(record.dynamodb?.SequenceNumber ?? ""));
  // An identifier not in the batch (Lambda: an invalid one) fails the whole batch.
  return Math.max(index, 0);
}

/**
 * Polls DynamoDB Local's stream of the table and feeds each shard's batches, in order,
 * to the stream Lambda's handler, with the event source mapping's semantics (decision
 * 0024): a shard's children start once it is read to its end; each shard is read from
 * its oldest record (TRIM_HORIZON), then after the last record handled; when the
 * handler reports batch item failures, the shard is read again from the first failed
 * record; after `retryAttempts` retries of a batch starting at the same record, that
 * record is given up (logged and listed in `deadLettered`, as Lambda with bisection
 * would narrow the batch down to it and send it to the dead-letter queue) and polling
 * goes on after it.
 */
export async function startChangePoller(options: ChangePollerOptions): Promise<ChangePoller> {
  const retryAttempts = options.retryAttempts ?? CHANGE_DELIVERY.retryAttempts;
  const batchSize = options.batchSize ?? CHANGE_DELIVERY.batchSize;
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  const log = options.log ?? console;
  const dynamodb = localDynamoDb(options.endpoint);
  const streams = new DynamoDBStreamsClient({
    region: LOCAL_REGION,
    endpoint: options.endpoint,
    credentials: LOCAL_CREDENTIALS,
    maxAttempts: 2,
  });
  const { Table } = await dynamodb
    .send(new DescribeTableCommand({ TableName: options.tableName }))
    .finally(() => dynamodb.destroy());
  const streamArn = Table?.LatestStreamArn;
  if (!streamArn || !Table?.StreamSpecification?.StreamEnabled) {
    streams.destroy();
    throw new Error(`Table ${options.tableName} has no stream: run the bootstrap (ensureTable).`);
  }

  const shards = new Map<string, ShardState>();
  const deadLettered: DeadLetter[] = [];
  let describeDue = true;
  let lastDescribed = 0;

  async function describe() {
    let exclusiveStartShardId: string | undefined;
    const found: Shard[] = [];
    do {
      const { StreamDescription } = await streams.send(
        new DescribeStreamCommand({
          StreamArn: streamArn,
          ExclusiveStartShardId: exclusiveStartShardId,
        }),
      );
      found.push(...(StreamDescription?.Shards ?? []));
      exclusiveStartShardId = StreamDescription?.LastEvaluatedShardId;
    } while (exclusiveStartShardId);
    for (const shard of found) {
      if (!shard.ShardId || shards.has(shard.ShardId)) continue;
      shards.set(shard.ShardId, {
        id: shard.ShardId,
        parentId: shard.ParentShardId,
        position: { type: ShardIteratorType.TRIM_HORIZON },
        iterator: undefined,
        ended: false,
        failing: undefined,
      });
    }
    describeDue = false;
    lastDescribed = Date.now();
  }

  /** Open shards whose parent (if the stream still has it) is read to its end. */
  function readyShards(): ShardState[] {
    return [...shards.values()].filter((shard) => {
      if (shard.ended) return false;
      const parent = shard.parentId ? shards.get(shard.parentId) : undefined;
      return !parent || parent.ended;
    });
  }

  async function iteratorOf(shard: ShardState): Promise<string | undefined> {
    if (shard.iterator) return shard.iterator;
    const { ShardIterator } = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shard.id,
        ShardIteratorType: shard.position.type,
        ...("sequenceNumber" in shard.position && {
          SequenceNumber: shard.position.sequenceNumber,
        }),
      }),
    );
    return ShardIterator;
  }

  function giveUp(shard: ShardState, record: _Record, attempts: number) {
    const sequenceNumber = record.dynamodb?.SequenceNumber ?? "";
    const letter = { shardId: shard.id, sequenceNumber, eventId: record.eventID, attempts };
    deadLettered.push(letter);
    log.error("change given up after its retries (Lambda: the dead-letter queue)", letter);
    shard.position = { type: ShardIteratorType.AFTER_SEQUENCE_NUMBER, sequenceNumber };
    shard.failing = undefined;
  }

  /** Reads one batch of the shard and hands it over; returns how many records it read. */
  async function pollShard(shard: ShardState): Promise<number> {
    const iterator = await iteratorOf(shard);
    if (!iterator) {
      shard.ended = true;
      describeDue = true;
      return 0;
    }
    const { Records = [], NextShardIterator } = await streams.send(
      new GetRecordsCommand({ ShardIterator: iterator, Limit: batchSize }),
    );
    shard.iterator = NextShardIterator;
    if (Records.length === 0) {
      if (!NextShardIterator) {
        shard.ended = true;
        describeDue = true;
      }
      return 0;
    }
    let answer: DynamoDBBatchResponse;
    try {
      answer = await options.handler({ Records: asLambdaRecords(Records, streamArn as string) });
    } catch (error) {
      // A handler that throws fails the whole batch, as in Lambda.
      log.error("stream handler threw", { shardId: shard.id, error });
      answer = { batchItemFailures: [{ itemIdentifier: "" }] };
    }
    const failedIndex = firstFailed(Records, answer);
    const failed = failedIndex === undefined ? undefined : Records[failedIndex];
    if (!failed) {
      const last = Records[Records.length - 1]?.dynamodb?.SequenceNumber ?? "";
      shard.position = { type: ShardIteratorType.AFTER_SEQUENCE_NUMBER, sequenceNumber: last };
      shard.failing = undefined;
      return Records.length;
    }
    const sequenceNumber = failed.dynamodb?.SequenceNumber ?? "";
    const attempts =
      shard.failing?.sequenceNumber === sequenceNumber ? shard.failing.attempts + 1 : 1;
    // Read again from the first failed record, with a fresh iterator.
    shard.iterator = undefined;
    if (attempts > retryAttempts) giveUp(shard, failed, attempts);
    else {
      shard.failing = { sequenceNumber, attempts };
      shard.position = { type: ShardIteratorType.AT_SEQUENCE_NUMBER, sequenceNumber };
    }
    return Records.length;
  }

  let passes = 0;
  const waiters = new Set<{ after: number; resolve: () => void; reject: (e: Error) => void }>();

  /**
   * One pass over the ready shards. Quiet: it read nothing and no batch awaits a retry.
   * Busy: it handed records over without a failure, so the next pass starts at once.
   */
  async function pass(): Promise<{ quiet: boolean; busy: boolean }> {
    if (describeDue || Date.now() - lastDescribed > 5_000) await describe();
    let read = 0;
    let troubled = false;
    for (const shard of readyShards()) {
      try {
        read += await pollShard(shard);
      } catch (error) {
        if (error instanceof TrimmedDataAccessException) {
          shard.position = { type: ShardIteratorType.TRIM_HORIZON };
        }
        if (!(error instanceof ExpiredIteratorException)) {
          log.warn("could not read the table's stream", { shardId: shard.id, error });
        }
        shard.iterator = undefined;
        troubled = true;
      }
    }
    const retrying = [...shards.values()].some((shard) => shard.failing);
    // A shard that ended in this pass lets its children start: not quiet yet.
    const moved = read > 0 || describeDue;
    return { quiet: !moved && !troubled && !retrying, busy: moved && !troubled && !retrying };
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  async function tick() {
    const number = ++passes;
    let quiet = false;
    let busy = false;
    try {
      ({ quiet, busy } = await pass());
    } catch (error) {
      log.warn("could not describe the table's stream", { error });
    }
    if (quiet) {
      for (const waiter of waiters) {
        if (number > waiter.after) {
          waiters.delete(waiter);
          waiter.resolve();
        }
      }
    }
    // A retry waits one interval, as a quiet stream does; a busy one is read on at once.
    if (!stopped) timer = setTimeout(() => (running = tick()), busy ? 0 : pollIntervalMs);
  }
  running = tick();
  log.info("polling the table's change stream", { table: options.tableName, pollIntervalMs });

  return {
    deadLettered,
    drained(timeoutMs = 30_000) {
      return new Promise<void>((resolve, reject) => {
        const waiter = {
          after: passes,
          resolve: () => {
            clearTimeout(expiry);
            resolve();
          },
          reject,
        };
        const expiry = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`The change stream was not drained within ${timeoutMs} ms.`));
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      clearTimeout(timer);
      for (const waiter of waiters) waiter.reject(new Error("The change poller stopped."));
      waiters.clear();
      streams.destroy();
    },
  };
}
