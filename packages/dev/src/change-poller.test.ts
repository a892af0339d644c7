import type { DynamoDBRecord, DynamoDBStreamEvent } from "@alliance/core";
import { DescribeTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import {
  type _Record,
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from "@aws-sdk/client-dynamodb-streams";
import { mockClient } from "aws-sdk-client-mock";
import { afterEach, describe, expect, it } from "vitest";
import { startChangePoller, withEmptyMaps } from "./change-poller.ts";

/**
 * What DynamoDB Local does not do on demand: close a shard and open its child. The
 * poller's other rules (retries, giving up, draining) run on the real stream in
 * tests/integration/change-stream.test.ts.
 */
const streams = mockClient(DynamoDBStreamsClient);
const dynamodb = mockClient(DynamoDBClient);
const STREAM_ARN = "arn:aws:dynamodb:ddblocal:000000000000:table/t/stream/2026-12-04T00:00:00.000";
const quiet = { info: () => {}, warn: () => {}, error: () => {} };

afterEach(() => {
  streams.reset();
  dynamodb.reset();
});

function record(id: string, sequenceNumber: string): _Record {
  return {
    eventID: id,
    eventName: "INSERT",
    dynamodb: {
      ApproximateCreationDateTime: new Date("2026-12-04T00:00:01.500Z"),
      Keys: { pk: { S: id }, sk: { S: "x" } },
      NewImage: { pk: { S: id }, sk: { S: "x" }, blob: { B: new Uint8Array([1, 2, 255]) } },
      SequenceNumber: sequenceNumber,
    },
  };
}

describe("startChangePoller", () => {
  it("reads a closed parent shard to its end before its child, in Lambda's event shape", async () => {
    dynamodb.on(DescribeTableCommand).resolves({
      Table: { LatestStreamArn: STREAM_ARN, StreamSpecification: { StreamEnabled: true } },
    });
    // The child is listed first: the poller must still wait for its parent.
    streams.on(DescribeStreamCommand).resolves({
      StreamDescription: {
        Shards: [{ ShardId: "child", ParentShardId: "parent" }, { ShardId: "parent" }],
      },
    });
    streams
      .on(GetShardIteratorCommand, { ShardId: "parent", ShardIteratorType: "TRIM_HORIZON" })
      .resolves({ ShardIterator: "parent-1" })
      .on(GetShardIteratorCommand, { ShardId: "child", ShardIteratorType: "TRIM_HORIZON" })
      .resolves({ ShardIterator: "child-1" });
    streams
      .on(GetRecordsCommand, { ShardIterator: "parent-1" })
      .resolves({ Records: [record("p1", "1"), record("p2", "2")], NextShardIterator: "parent-2" })
      // Closed and read to its end: no next iterator.
      .on(GetRecordsCommand, { ShardIterator: "parent-2" })
      .resolves({ Records: [] })
      .on(GetRecordsCommand, { ShardIterator: "child-1" })
      .resolves({ Records: [record("c1", "3")], NextShardIterator: "child-2" })
      .on(GetRecordsCommand, { ShardIterator: "child-2" })
      .resolves({ Records: [], NextShardIterator: "child-2" });

    const events: DynamoDBStreamEvent[] = [];
    const poller = await startChangePoller({
      endpoint: "http://localhost:1",
      tableName: "t",
      pollIntervalMs: 5,
      log: quiet,
      handler: async (event) => {
        events.push(event);
        return { batchItemFailures: [] };
      },
    });
    try {
      await poller.drained(5_000);
    } finally {
      await poller.stop();
    }

    expect(events.map((event) => event.Records.map((r) => r.eventID))).toEqual([
      ["p1", "p2"],
      ["c1"],
    ]);
    const first = events[0]?.Records[0] as DynamoDBRecord;
    expect(first.eventSourceARN).toBe(STREAM_ARN);
    expect(first.dynamodb?.ApproximateCreationDateTime).toBe(1_796_342_401.5);
    expect(first.dynamodb?.NewImage?.blob).toEqual({
      B: Buffer.from([1, 2, 255]).toString("base64"),
    });
  });

  it("refuses a table without a stream, saying how to get one", async () => {
    dynamodb.on(DescribeTableCommand).resolves({ Table: { TableName: "t" } });
    await expect(
      startChangePoller({
        endpoint: "http://localhost:1",
        tableName: "t",
        log: quiet,
        handler: async () => ({ batchItemFailures: [] }),
      }),
    ).rejects.toThrow(/has no stream: run the bootstrap/);
  });
});

describe("withEmptyMaps", () => {
  it("reads DynamoDB Local's `{}` as the empty map it stands for, at any depth", () => {
    expect(
      withEmptyMaps({
        quizzes: {},
        done: { L: [] },
        nested: { M: { inner: {}, list: { L: [{}, { S: "x" }] } } },
        name: { S: "kept" },
      }),
    ).toEqual({
      quizzes: { M: {} },
      done: { L: [] },
      nested: { M: { inner: { M: {} }, list: { L: [{ M: {} }, { S: "x" }] } } },
      name: { S: "kept" },
    });
  });
});
