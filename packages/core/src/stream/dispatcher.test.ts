import { marshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue, DynamoDBRecord } from "aws-lambda";
import { describe, expect, it } from "vitest";
import type { ChangeConsumer, TableChange } from "./change.ts";
import { type ChangeLog, createChangeDispatcher } from "./dispatcher.ts";
import type { ProcessedChanges } from "./processed-changes.ts";

const dynamo = (item: Record<string, unknown>) =>
  marshall(item) as unknown as Record<string, AttributeValue>;

function record(n: number, entity = "exchangeItem"): DynamoDBRecord {
  const keys = { pk: `$alliance#itemid_${n}`, sk: "$item_1" };
  return {
    eventID: `event-${n}`,
    eventName: "INSERT",
    dynamodb: {
      ApproximateCreationDateTime: 1_796_342_400 + n,
      Keys: dynamo(keys),
      NewImage: dynamo({ ...keys, __edb_e__: entity, n }),
      SequenceNumber: String(100 + n),
    },
  };
}

const batch = (count: number) => Array.from({ length: count }, (_, i) => record(i + 1));

/** The dispatcher's record of finished changes, in memory (the table's is tested in tests/integration). */
function memoryProcessed(): ProcessedChanges & { keys: Set<string> } {
  const keys = new Set<string>();
  return {
    keys,
    async finished(consumer, eventIds) {
      return new Set(eventIds.filter((id) => keys.has(`${consumer} ${id}`)));
    },
    async record(consumer, changes) {
      for (const change of changes) keys.add(`${consumer} ${change.eventId}`);
      return 0;
    },
  };
}

const logged: string[] = [];
const log: ChangeLog = {
  debug: () => {},
  info: () => {},
  warn: (message) => logged.push(message),
  error: (message) => logged.push(message),
};

/** A consumer that notes what it handles and fails where told. */
function consumer(
  name: string,
  options: { failOn?: number; failFlush?: boolean; wants?: (c: TableChange) => boolean } = {},
) {
  const handled: number[] = [];
  let flushes = 0;
  const made: ChangeConsumer & { handled: number[]; flushes: () => number } = {
    name,
    handled,
    flushes: () => flushes,
    wants: options.wants ?? (() => true),
    async handle(change) {
      const n = change.newImage?.n as number;
      if (n === options.failOn) throw new Error(`fails on ${n}`);
      handled.push(n);
    },
    async flush() {
      flushes += 1;
      if (options.failFlush) throw new Error("flush fails");
    },
  };
  return made;
}

const failures = (sequenceNumbers: number[]) => ({
  batchItemFailures: sequenceNumbers.map((n) => ({ itemIdentifier: String(100 + n) })),
});

describe("createChangeDispatcher", () => {
  it("runs each consumer over its changes in stream order, flushes once and records them", async () => {
    const processed = memoryProcessed();
    const odd = consumer("odd", { wants: (c) => (c.newImage?.n as number) % 2 === 1 });
    const all = consumer("all");
    const dispatch = createChangeDispatcher({ consumers: [odd, all], processed, log });

    expect(await dispatch(batch(5))).toEqual(failures([]));
    expect(odd.handled).toEqual([1, 3, 5]);
    expect(all.handled).toEqual([1, 2, 3, 4, 5]);
    expect([odd.flushes(), all.flushes()]).toEqual([1, 1]);
    expect(processed.keys).toContain("odd event-3");
    expect(processed.keys).not.toContain("odd event-2");
  });

  it("fails the first failed record and every one after it; a redelivery skips what was finished", async () => {
    const processed = memoryProcessed();
    const flaky = consumer("flaky", { failOn: 3 });
    const steady = consumer("steady");
    const records = batch(5);
    const first = createChangeDispatcher({ consumers: [flaky, steady], processed, log });

    expect(await first(records)).toEqual(failures([3, 4, 5]));
    expect(flaky.handled).toEqual([1, 2]);
    expect(flaky.flushes()).toBe(1);
    expect(steady.handled).toEqual([1, 2, 3, 4, 5]);

    // Redelivered from record 1 (as if another consumer had failed there), the fault gone.
    const healed = consumer("flaky");
    const again = createChangeDispatcher({ consumers: [healed, steady], processed, log });
    expect(await again(records)).toEqual(failures([]));
    expect(healed.handled).toEqual([3, 4, 5]);
    expect(steady.handled).toEqual([1, 2, 3, 4, 5]);
  });

  it("fails every change a consumer handled in the batch when its flush fails, and records none", async () => {
    const processed = memoryProcessed();
    const later = consumer("later", { wants: (c) => (c.newImage?.n as number) >= 2 });
    const failing = consumer("failing", {
      failFlush: true,
      wants: (c) => (c.newImage?.n as number) >= 3,
    });
    const dispatch = createChangeDispatcher({ consumers: [later, failing], processed, log });

    expect(await dispatch(batch(4))).toEqual(failures([3, 4]));
    expect(processed.keys).toEqual(new Set(["later event-2", "later event-3", "later event-4"]));
    expect(logged).toContain("change consumer's flush failed");
  });

  it("fails an unreadable record and those after it, having handled those before", async () => {
    const all = consumer("all");
    const unreadable: DynamoDBRecord = { ...record(3), eventName: undefined };
    const dispatch = createChangeDispatcher({
      consumers: [all],
      processed: memoryProcessed(),
      log,
    });

    expect(await dispatch([record(1), record(2), unreadable, record(4)])).toEqual(failures([3, 4]));
    expect(all.handled).toEqual([1, 2]);
  });

  it("fails from the record whose `wants` throws", async () => {
    const picky = consumer("picky", {
      wants: (c) => {
        if (c.newImage?.n === 2) throw new Error("cannot tell");
        return true;
      },
    });
    const dispatch = createChangeDispatcher({
      consumers: [picky],
      processed: memoryProcessed(),
      log,
    });
    expect(await dispatch(batch(3))).toEqual(failures([2, 3]));
    expect(picky.handled).toEqual([1]);
  });

  it("never offers consumers the changes of its own record of finished changes", async () => {
    const all = consumer("all");
    const dispatch = createChangeDispatcher({
      consumers: [all],
      processed: memoryProcessed(),
      log,
    });
    expect(await dispatch([record(1), record(2, "processedChange")])).toEqual(failures([]));
    expect(all.handled).toEqual([1]);
  });

  it("fails the consumer's changes when it cannot read what it finished", async () => {
    const all = consumer("all");
    const broken: ProcessedChanges = {
      finished: async () => {
        throw new Error("table unavailable");
      },
      record: async () => 0,
    };
    const dispatch = createChangeDispatcher({ consumers: [all], processed: broken, log });
    expect(await dispatch(batch(2))).toEqual(failures([1, 2]));
    expect(all.handled).toEqual([]);
  });

  it("refuses two consumers of one name: the name keys what each finished", () => {
    expect(() =>
      createChangeDispatcher({
        consumers: [consumer("same"), consumer("same")],
        processed: memoryProcessed(),
        log,
      }),
    ).toThrow(/name of its own/);
  });
});
