import type { AttributeValue } from "@aws-sdk/client-dynamodb";
import { unmarshall } from "@aws-sdk/util-dynamodb";
import type { DynamoDBRecord } from "aws-lambda";
import { CORRELATION_ATTRIBUTE, isCorrelationId } from "../observability/correlation.ts";
import type { TableChange } from "./change.ts";

/** The attribute in which ElectroDB stores an item's entity name. */
export const ENTITY_ATTRIBUTE = "__edb_e__";

const KINDS = { INSERT: "insert", MODIFY: "modify", REMOVE: "remove" } as const;

/** A stream record that cannot be read as a change: it fails, and is retried, like a consumer's throw. */
export class ChangeDecodeError extends Error {
  override name = "ChangeDecodeError";
}

type Image = NonNullable<NonNullable<DynamoDBRecord["dynamodb"]>["NewImage"]>;

function image(value: Image | undefined, what: string): Record<string, unknown> | undefined {
  if (value === undefined) return undefined;
  try {
    // The Lambda event's attribute values are DynamoDB's JSON, which unmarshall reads
    // (binary values stay base64 strings: the table stores none).
    return unmarshall(value as Record<string, AttributeValue>);
  } catch (error) {
    throw new ChangeDecodeError(`${what}: ${(error as Error).message}`);
  }
}

function keysOf(value: Image | undefined): Record<string, string> {
  const keys = image(value, "Keys");
  if (!keys || Object.keys(keys).length === 0) throw new ChangeDecodeError("Keys are missing");
  for (const [name, key] of Object.entries(keys)) {
    if (typeof key !== "string") throw new ChangeDecodeError(`key ${name} is not a string`);
  }
  return keys as Record<string, string>;
}

function entityOf(...images: (Record<string, unknown> | undefined)[]): string | null {
  for (const item of images) {
    const entity = item?.[ENTITY_ATTRIBUTE];
    if (typeof entity === "string") return entity;
  }
  return null;
}

/**
 * One DynamoDB stream record (the Lambda event's shape, which the local poller also
 * builds) as a TableChange: images unmarshalled to plain values, the entity from
 * ElectroDB's `__edb_e__`. Throws ChangeDecodeError for a record it cannot read.
 */
export function decodeChange(record: DynamoDBRecord): TableChange {
  const stream = record.dynamodb;
  const kind = record.eventName && KINDS[record.eventName];
  if (!record.eventID) throw new ChangeDecodeError("eventID is missing");
  if (!kind) throw new ChangeDecodeError(`unknown eventName ${String(record.eventName)}`);
  if (!stream?.SequenceNumber) throw new ChangeDecodeError("SequenceNumber is missing");
  const created = stream.ApproximateCreationDateTime;
  if (typeof created !== "number" || !Number.isFinite(created)) {
    throw new ChangeDecodeError("ApproximateCreationDateTime is missing");
  }
  const oldImage = image(stream.OldImage, "OldImage");
  const newImage = image(stream.NewImage, "NewImage");
  const identity = record.userIdentity as { type?: unknown; principalId?: unknown } | undefined;
  const expired = identity?.type === "Service" && identity.principalId === "dynamodb.amazonaws.com";
  return {
    eventId: record.eventID,
    kind,
    entity: entityOf(newImage, oldImage),
    keys: keysOf(stream.Keys),
    ...(oldImage && { oldImage }),
    ...(newImage && { newImage }),
    // Epoch seconds, as Lambda gives it.
    at: new Date(created * 1000).toISOString(),
    sequenceNumber: stream.SequenceNumber,
    ...(expired && { expired }),
    correlationId: isCorrelationId(newImage?.[CORRELATION_ATTRIBUTE])
      ? (newImage[CORRELATION_ATTRIBUTE] as string)
      : `stream-${record.eventID}`,
  };
}
