import {
  type AttributeValue,
  BatchWriteItemCommand,
  type DynamoDBClient,
  ScanCommand,
} from "@aws-sdk/client-dynamodb";

type Item = Record<string, AttributeValue>;

/**
 * An item as one line of JSON in DynamoDB's own JSON form (what DynamoDB's export to
 * S3 writes): `{"pk":{"S":"…"},"n":{"N":"1"}}`, binary values as base64. Lossless:
 * numbers stay strings, sets stay sets, so an import writes back exactly what was read.
 */
export function itemToLine(item: Item): string {
  return JSON.stringify(item, (_key, value) =>
    value instanceof Uint8Array ? Buffer.from(value).toString("base64") : value,
  );
}

function decode(value: AttributeValue): AttributeValue {
  if (value.B !== undefined) return { B: Buffer.from(value.B as unknown as string, "base64") };
  if (value.BS !== undefined)
    return { BS: value.BS.map((b) => Buffer.from(b as unknown as string, "base64")) };
  if (value.M !== undefined) return { M: decodeItem(value.M) };
  if (value.L !== undefined) return { L: value.L.map(decode) };
  return value;
}
const decodeItem = (item: Item): Item =>
  Object.fromEntries(Object.entries(item).map(([name, value]) => [name, decode(value)]));

export const lineToItem = (line: string): Item => decodeItem(JSON.parse(line) as Item);

/**
 * Every item of `tableName`, one page of a Scan at a time (consistent reads). A data
 * tool's read, never a request path's (DESIGN: no Scan on a request path).
 */
export async function* scanItems(client: DynamoDBClient, tableName: string): AsyncGenerator<Item> {
  let start: Item | undefined;
  do {
    const page = await client.send(
      new ScanCommand({ TableName: tableName, ConsistentRead: true, ExclusiveStartKey: start }),
    );
    yield* page.Items ?? [];
    start = page.LastEvaluatedKey;
  } while (start);
}

const BATCH = 25;

/** Writes `items` to `tableName`, 25 to a batch, retrying what DynamoDB leaves unprocessed. */
export async function writeItems(
  client: DynamoDBClient,
  tableName: string,
  items: AsyncIterable<Item> | Iterable<Item>,
): Promise<number> {
  let written = 0;
  let batch: Item[] = [];
  const flush = async () => {
    let requests = batch.map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; requests.length > 0; attempt += 1) {
      if (attempt > 0)
        await new Promise((done) => setTimeout(done, Math.min(2 ** attempt * 50, 5000)));
      if (attempt > 10)
        throw new Error(`DynamoDB left ${requests.length} items unwritten after 10 retries.`);
      const result = await client.send(
        new BatchWriteItemCommand({ RequestItems: { [tableName]: requests } }),
      );
      requests = (result.UnprocessedItems?.[tableName] ?? []).flatMap((request) =>
        request.PutRequest?.Item ? [{ PutRequest: { Item: request.PutRequest.Item } }] : [],
      );
    }
    written += batch.length;
    batch = [];
  };
  for await (const item of items) {
    batch.push(item);
    if (batch.length === BATCH) await flush();
  }
  if (batch.length > 0) await flush();
  return written;
}

/** True when `tableName` holds no item: an import goes only into an empty table. */
export async function isEmptyTable(client: DynamoDBClient, tableName: string): Promise<boolean> {
  const page = await client.send(new ScanCommand({ TableName: tableName, Limit: 1 }));
  return (page.Items?.length ?? 0) === 0 && !page.LastEvaluatedKey;
}
