import { randomUUID } from "node:crypto";
import type { ChangeConsumer, Core, TableChange } from "@alliance/core";
import { createTableInput, ensureTable, localDynamoDb } from "@alliance/dev";
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeTableCommand,
} from "@aws-sdk/client-dynamodb";
import { afterEach, describe, expect, inject, it } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";

/**
 * The event backbone on DynamoDB Local's real stream: writes through core, the local
 * poller, the stream Lambda's handler and its dispatcher, with test consumers (decision
 * 0024). Each test polls a table of its own, so its batches hold only its changes.
 */

let stream: ChangeStream | undefined;
afterEach(async () => {
  await stream?.stop();
  stream = undefined;
});

const SEEN_AT = "2026-12-04T00:00:00.000Z";

async function addCity(core: Core, cityId: string, name = cityId) {
  await core.data.entities.city
    .create({
      cityId,
      name,
      country: "DK",
      description: `The city of ${name}.`,
      createdAt: SEEN_AT,
      updatedAt: SEEN_AT,
      version: 1,
    })
    .go();
}

const cityOf = (change: TableChange) => String((change.newImage ?? change.oldImage)?.cityId ?? "?");

/** A consumer of city changes that notes every call, and fails where a test says. */
function cityConsumer(
  name: string,
  fails: {
    handle?: (cityId: string, call: number) => boolean;
    flush?: (call: number) => boolean;
  } = {},
) {
  const calls: string[] = [];
  const finished: TableChange[] = [];
  let flushes = 0;
  const consumer: ChangeConsumer = {
    name,
    wants: (change) => change.entity === "city",
    async handle(change) {
      const cityId = cityOf(change);
      calls.push(cityId);
      const call = calls.filter((id) => id === cityId).length;
      if (fails.handle?.(cityId, call)) throw new Error(`${name} fails on ${cityId}`);
      finished.push(change);
    },
    async flush() {
      flushes += 1;
      if (fails.flush?.(flushes)) throw new Error(`${name}'s flush fails`);
    },
  };
  return { consumer, calls, finished, flushes: () => flushes };
}

/** Every change once more, as after a restart: a new poller reads the stream from its start. */
async function redeliverAll(current: ChangeStream) {
  await current.poller.stop();
  const before = current.batches.length;
  await current.start();
  await current.poller.drained();
  return current.batches.slice(before).flat();
}

describe("the change stream, from a write through core to a consumer", () => {
  it("hands each change to the consumer exactly once, with its entity and images, in order", async () => {
    const seen = cityConsumer("recorder");
    stream = await changeStream({ consumers: () => [seen.consumer] });
    const { core } = stream;
    await addCity(core, "aarhus", "Aarhus");
    await addCity(core, "lyon", "Lyon");
    await core.data.entities.city.patch({ cityId: "aarhus" }).set({ name: "Århus" }).go();
    await core.data.entities.city.delete({ cityId: "lyon" }).go();

    await stream.start();
    await stream.poller.drained();

    expect(seen.finished.map((change) => [change.kind, change.entity, cityOf(change)])).toEqual([
      ["insert", "city", "aarhus"],
      ["insert", "city", "lyon"],
      ["modify", "city", "aarhus"],
      ["remove", "city", "lyon"],
    ]);
    const [inserted, , modified, removed] = seen.finished;
    expect(inserted?.oldImage).toBeUndefined();
    expect(inserted?.newImage).toMatchObject({ cityId: "aarhus", name: "Aarhus", country: "DK" });
    expect(inserted?.keys).toEqual({ pk: expect.any(String), sk: expect.any(String) });
    expect(modified?.oldImage).toMatchObject({ name: "Aarhus" });
    expect(modified?.newImage).toMatchObject({ name: "Århus" });
    expect(removed?.newImage).toBeUndefined();
    expect(removed?.oldImage).toMatchObject({ cityId: "lyon", name: "Lyon" });
    for (const change of seen.finished) expect(Date.parse(change.at)).toBeGreaterThan(0);
    expect(new Set(seen.finished.map((change) => change.eventId)).size).toBe(4);
    expect(seen.flushes()).toBe(1);

    // Read again from the stream's start, as after a restart: nothing is handled twice.
    const redelivered = await redeliverAll(stream);
    expect(redelivered).toEqual(expect.arrayContaining(seen.finished.map((c) => c.eventId)));
    expect(seen.calls).toEqual(["aarhus", "lyon", "aarhus", "lyon"]);
  });
});

describe("delivered once even when the consumer fails halfway and the batch is retried", () => {
  const cities = ["c1", "c2", "c3", "c4", "c5"];

  it("retries the batch from the failed record; the records before it are not handled again", async () => {
    const flaky = cityConsumer("flaky", {
      handle: (cityId, call) => cityId === "c3" && call === 1,
    });
    stream = await changeStream({ consumers: () => [flaky.consumer] });
    for (const cityId of cities) await addCity(stream.core, cityId);

    await stream.start();
    await stream.poller.drained();

    expect(flaky.calls).toEqual(["c1", "c2", "c3", "c3", "c4", "c5"]);
    expect(flaky.finished.map(cityOf)).toEqual(cities);
    const [first, retry] = stream.batches;
    expect(first).toHaveLength(5);
    // The retry starts at the third record (with the first two's finished-records after it).
    expect(retry?.[0]).toBe(first?.[2]);
    expect(retry).not.toContain(first?.[0]);
  });

  it("skips the records a consumer finished when the whole batch comes again", async () => {
    const flaky = cityConsumer("flaky", {
      handle: (cityId, call) => cityId === "c3" && call === 1,
    });
    // Another consumer fails on the first record once: the batch comes again from there.
    const early = cityConsumer("early", {
      handle: (cityId, call) => cityId === "c1" && call === 1,
    });
    stream = await changeStream({ consumers: () => [flaky.consumer, early.consumer] });
    for (const cityId of cities) await addCity(stream.core, cityId);

    await stream.start();
    await stream.poller.drained();

    const [first, retry] = stream.batches;
    expect(retry?.slice(0, 5)).toEqual(first);
    expect(flaky.calls).toEqual(["c1", "c2", "c3", "c3", "c4", "c5"]);
    expect(early.calls).toEqual(["c1", ...cities]);
    expect(flaky.finished.map(cityOf)).toEqual(cities);
    expect(early.finished.map(cityOf)).toEqual(cities);

    // What each finished is recorded in the table itself.
    const eventIds = flaky.finished.map((change) => change.eventId);
    const recorded = await stream.core.data.entities.processedChange
      .get(eventIds.map((eventId) => ({ consumer: "flaky", eventId })))
      .go();
    expect(recorded.data.map((item) => item.eventId).sort()).toEqual([...eventIds].sort());
    for (const item of recorded.data) {
      expect(item.expiresAt).toBeGreaterThan(Date.now() / 1000 + 2 * 24 * 3600);
    }
  });

  it("handles again every change of a batch whose flush failed, then records them", async () => {
    const flushy = cityConsumer("flushy", { flush: (call) => call === 1 });
    stream = await changeStream({ consumers: () => [flushy.consumer] });
    for (const cityId of cities.slice(0, 3)) await addCity(stream.core, cityId);

    await stream.start();
    await stream.poller.drained();

    expect(flushy.calls).toEqual(["c1", "c2", "c3", "c1", "c2", "c3"]);
    expect(flushy.flushes()).toBe(2);
    expect(await redeliverAll(stream)).not.toHaveLength(0);
    expect(flushy.calls).toHaveLength(6);
  });

  it("gives up a poison record after the retries (Lambda: the dead-letter queue) and goes on", async () => {
    const poisoned = cityConsumer("poisoned", { handle: (cityId) => cityId === "c2" });
    stream = await changeStream({ consumers: () => [poisoned.consumer] });
    for (const cityId of cities.slice(0, 4)) await addCity(stream.core, cityId);

    const poller = await stream.start({ retryAttempts: 2 });
    await poller.drained();

    // Delivered once, then retried twice: three attempts, as maxRetryAttempts 2 in Lambda.
    expect(poisoned.calls).toEqual(["c1", "c2", "c2", "c2", "c3", "c4"]);
    expect(poisoned.finished.map(cityOf)).toEqual(["c1", "c3", "c4"]);
    const second = stream.batches[0]?.[1];
    expect(poller.deadLettered).toEqual([
      {
        shardId: expect.any(String),
        sequenceNumber: expect.any(String),
        eventId: second,
        attempts: 3,
      },
    ]);
  });
});

describe("the local bootstrap", () => {
  it("adds the stream to a table made before it (an older .data/)", async () => {
    const client = localDynamoDb(inject("localCloud").endpoints.dynamodb);
    const tableName = `before-streams-${randomUUID()}`;
    const { StreamSpecification: _stream, ...withoutStream } = createTableInput(tableName);
    try {
      await client.send(new CreateTableCommand(withoutStream));
      expect(await ensureTable(client, tableName)).toContain(`stream of ${tableName}`);
      const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
      expect(Table?.StreamSpecification).toEqual({
        StreamEnabled: true,
        StreamViewType: "NEW_AND_OLD_IMAGES",
      });
      expect(await ensureTable(client, tableName)).toEqual([]);
    } finally {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
      client.destroy();
    }
  });
});
