import { marshall } from "@aws-sdk/util-dynamodb";
import type { AttributeValue, DynamoDBRecord } from "aws-lambda";
import { describe, expect, it } from "vitest";
import { ChangeDecodeError, decodeChange } from "./decode.ts";

const dynamo = (item: Record<string, unknown>) =>
  marshall(item) as unknown as Record<string, AttributeValue>;

const keys = { pk: "$alliance#itemid_01", sk: "$exchangeitem_1" };
const before = { ...keys, __edb_e__: "exchangeItem", title: "Old", tags: ["a"], version: 1 };
const after = { ...before, title: "New", version: 2 };

function record(overrides: Partial<DynamoDBRecord> = {}): DynamoDBRecord {
  return {
    eventID: "c81e728d9d4c2f636f067f89cc14862c",
    eventName: "MODIFY",
    eventSource: "aws:dynamodb",
    dynamodb: {
      ApproximateCreationDateTime: 1_796_342_400,
      Keys: dynamo(keys),
      OldImage: dynamo(before),
      NewImage: dynamo(after),
      SequenceNumber: "111",
      StreamViewType: "NEW_AND_OLD_IMAGES",
    },
    ...overrides,
  };
}

describe("decodeChange", () => {
  it("reads a modification with both images as plain values and its entity", () => {
    expect(decodeChange(record())).toEqual({
      eventId: "c81e728d9d4c2f636f067f89cc14862c",
      kind: "modify",
      entity: "exchangeItem",
      keys,
      oldImage: before,
      newImage: after,
      at: "2026-12-04T00:00:00.000Z",
      sequenceNumber: "111",
      // Unstamped: the record's own id stands in (decision 0040).
      correlationId: "stream-c81e728d9d4c2f636f067f89cc14862c",
    });
  });

  it("takes the correlation id its writer stamped on the new image, never the old one's", () => {
    const stamped = { ...after, _correlationId: "req-new" };
    const modify = record({
      dynamodb: {
        ...record().dynamodb,
        OldImage: dynamo({ ...before, _correlationId: "req-old" }),
        NewImage: dynamo(stamped),
      },
    });
    expect(decodeChange(modify).correlationId).toBe("req-new");
    const { NewImage: _new, ...removed } = modify.dynamodb ?? {};
    const remove = decodeChange(record({ eventName: "REMOVE", dynamodb: removed }));
    expect(remove.correlationId).toBe("stream-c81e728d9d4c2f636f067f89cc14862c");
    // Something that is no correlation id (a hostile value) is not taken as one.
    const odd = record({
      dynamodb: { ...record().dynamodb, NewImage: dynamo({ ...after, _correlationId: "a b\n" }) },
    });
    expect(decodeChange(odd).correlationId).toBe("stream-c81e728d9d4c2f636f067f89cc14862c");
  });

  it("reads an insertion (no old image) and a removal (no new image)", () => {
    const { OldImage: _old, ...inserted } = record().dynamodb ?? {};
    const insert = decodeChange(record({ eventName: "INSERT", dynamodb: inserted }));
    expect(insert.kind).toBe("insert");
    expect(insert).not.toHaveProperty("oldImage");
    expect(insert.newImage).toEqual(after);

    const { NewImage: _new, ...removed } = record().dynamodb ?? {};
    const remove = decodeChange(record({ eventName: "REMOVE", dynamodb: removed }));
    expect(remove.kind).toBe("remove");
    expect(remove).not.toHaveProperty("newImage");
    expect(remove.entity).toBe("exchangeItem");
  });

  it("says when DynamoDB's TTL removed the item, and only then", () => {
    const ttl = record({
      eventName: "REMOVE",
      userIdentity: { type: "Service", principalId: "dynamodb.amazonaws.com" },
    });
    expect(decodeChange(ttl).expired).toBe(true);
    expect(decodeChange(record())).not.toHaveProperty("expired");
  });

  it("gives a null entity for an item ElectroDB did not write", () => {
    const plain = { ...keys, note: "raw" };
    const change = decodeChange(
      record({
        eventName: "INSERT",
        dynamodb: { ...record().dynamodb, OldImage: undefined, NewImage: dynamo(plain) },
      }),
    );
    expect(change.entity).toBeNull();
  });

  it.each([
    ["no event id", { eventID: undefined }, /eventID/],
    ["an unknown event name", { eventName: "UPSERT" as "INSERT" }, /eventName/],
    [
      "no sequence number",
      { dynamodb: { ...record().dynamodb, SequenceNumber: undefined } },
      /SequenceNumber/,
    ],
    [
      "no creation time",
      { dynamodb: { ...record().dynamodb, ApproximateCreationDateTime: undefined } },
      /ApproximateCreationDateTime/,
    ],
    ["no keys", { dynamodb: { ...record().dynamodb, Keys: {} } }, /Keys/],
    [
      "a key that is not a string",
      { dynamodb: { ...record().dynamodb, Keys: { pk: { N: "1" } } } },
      /key pk/,
    ],
    [
      "an attribute of an unknown type",
      {
        dynamodb: {
          ...record().dynamodb,
          NewImage: { n: { X: "1" } as unknown as AttributeValue },
        },
      },
      /NewImage/,
    ],
  ] satisfies [string, Partial<DynamoDBRecord>, RegExp][])(
    "refuses a record with %s",
    (_what, overrides, message) => {
      const decode = () => decodeChange(record(overrides));
      expect(decode).toThrow(ChangeDecodeError);
      expect(decode).toThrow(message);
    },
  );
});
