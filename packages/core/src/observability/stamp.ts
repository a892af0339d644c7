import type { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { CORRELATION_ATTRIBUTE, currentCorrelationId } from "./correlation.ts";

type AttributeValue = { S: string };
type Item = Record<string, unknown>;
interface Update {
  UpdateExpression?: string;
  ExpressionAttributeNames?: Record<string, string>;
  ExpressionAttributeValues?: Record<string, unknown>;
}

const NAME = "#correlationId";
const VALUE = ":correlationId";

/** An Update (UpdateItem, or a transaction's) that also sets the attribute. */
function stampUpdate(update: Update, id: string): void {
  const expression = update.UpdateExpression ?? "";
  const set = /\bSET\s+/i.exec(expression);
  update.UpdateExpression = set
    ? `${expression.slice(0, set.index)}SET ${NAME} = ${VALUE}, ${expression.slice(set.index + set[0].length)}`
    : `SET ${NAME} = ${VALUE} ${expression}`.trim();
  update.ExpressionAttributeNames = {
    ...update.ExpressionAttributeNames,
    [NAME]: CORRELATION_ATTRIBUTE,
  };
  update.ExpressionAttributeValues = { ...update.ExpressionAttributeValues, [VALUE]: { S: id } };
}

function stampItem(item: Item | undefined, value: AttributeValue): void {
  if (item) item[CORRELATION_ATTRIBUTE] = value;
}

/**
 * Writes the current correlation id into the request of each write: PutItem's and
 * BatchWriteItem's items, UpdateItem's expression, a transaction's Puts and Updates.
 * Deletes leave no item to carry it. A request made outside any correlation id is sent
 * as it is. Works on the wire format (after ElectroDB and the document client), so it
 * sees every write whatever built it.
 */
export function stampBody(operation: string, body: Record<string, unknown>, id: string): void {
  const value = { S: id };
  if (operation === "PutItem") stampItem(body.Item as Item, value);
  else if (operation === "UpdateItem") stampUpdate(body as Update, id);
  else if (operation === "TransactWriteItems") {
    for (const entry of (body.TransactItems ?? []) as { Put?: { Item: Item }; Update?: Update }[]) {
      stampItem(entry.Put?.Item, value);
      if (entry.Update) stampUpdate(entry.Update, id);
    }
  } else if (operation === "BatchWriteItem") {
    for (const requests of Object.values(
      (body.RequestItems ?? {}) as Record<string, { PutRequest?: { Item: Item } }[]>,
    )) {
      for (const request of requests) stampItem(request.PutRequest?.Item, value);
    }
  }
}

const OPERATION = /^DynamoDB_\d+\.(\w+)$/;

/**
 * The operations stampBody changes. Any other request (a read, a delete) goes on as it
 * is, without decoding, parsing and writing its body again: a request's reads paid that
 * on every call (decision 0110).
 */
const WRITES = new Set(["PutItem", "UpdateItem", "TransactWriteItems", "BatchWriteItem"]);

type BuildArgs = { request: unknown };
type Next = (args: BuildArgs) => Promise<unknown>;

const stampMiddleware = (next: Next) => async (args: BuildArgs) => {
  const id = currentCorrelationId();
  const request = args.request as { headers: Record<string, string>; body?: unknown };
  const operation = OPERATION.exec(request.headers?.["x-amz-target"] ?? "")?.[1];
  if (!id || operation === undefined || !WRITES.has(operation)) return next(args);
  // The JSON protocol's body: a string, or its bytes (JsonBytesStringAdapter) in newer SDKs.
  const text =
    typeof request.body === "string"
      ? request.body
      : request.body instanceof Uint8Array
        ? new TextDecoder().decode(request.body)
        : undefined;
  if (text !== undefined) {
    const body = JSON.parse(text) as Record<string, unknown>;
    stampBody(operation, body, id);
    request.body = JSON.stringify(body);
    if (request.headers["content-length"] !== undefined) {
      request.headers["content-length"] = String(Buffer.byteLength(request.body as string));
    }
  }
  return next(args);
};

/** Makes `client` stamp correlation ids on its writes (core's createDynamoClient does). */
export function stampCorrelationIds(client: DynamoDBClient): void {
  // The SDK's middleware types are generic over every command; this one sees them all alike.
  (client.middlewareStack as { add(middleware: unknown, options: object): void }).add(
    stampMiddleware,
    {
      step: "build",
      priority: "high",
      name: "stampCorrelationIds",
    },
  );
}
