import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import { createAppFromEnv } from "@alliance/api";
import {
  createCore,
  createDynamoClient,
  createS3Client,
  loadConfig,
  tableSchema,
} from "@alliance/core";
import { ensureTable, localDynamoDb } from "@alliance/dev";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import "../../support/provided.ts";
import { exchangeSearch } from "@alliance/core/exchange-search";

/**
 * The API as in production over clients that note every write that succeeded
 * (DynamoDB and S3) with the request that made it, so a refused request that
 * wrote anything is caught, whatever it wrote; and snapshots of partitions, to
 * show a refused batch left them byte-identical.
 */
export interface Write {
  tag: number;
  /** False while the write is on its way (or if it failed). */
  done: boolean;
  /** "pk sk" for the table, "s3 bucket/key" for the bucket. */
  key: string;
  partition?: string;
}

const { partitionKey, sortKey } = tableSchema;
const TABLE_WRITES = new Set(["Put", "Update", "Delete", "TransactWrite", "BatchWrite"]);
const S3_WRITES = new Set(["PutObject", "DeleteObject", "DeleteObjects", "CopyObject"]);

type Key = Record<string, unknown>;
const rowKey = (item: Key | undefined): Write["key"] =>
  `${item?.[partitionKey]} ${item?.[sortKey]}`;

function tableKeys(name: string, input: Record<string, unknown>): Key[] {
  const items = (input.TransactItems ?? []) as Array<Record<string, { Item?: Key; Key?: Key }>>;
  const batch = Object.values(
    (input.RequestItems ?? {}) as Record<string, Array<Record<string, { Item?: Key; Key?: Key }>>>,
  ).flat();
  if (name === "TransactWrite" || name === "BatchWrite") {
    return [...items, ...batch].flatMap((entry) =>
      Object.entries(entry)
        .filter(([kind]) => kind !== "ConditionCheck")
        .map(([, operation]) => (operation.Item ?? operation.Key) as Key),
    );
  }
  return [(input.Item ?? input.Key) as Key];
}

/**
 * On a table of its own (same key schema), so the sweep's thousands of objects
 * and its member city never show in another test's lists, and the table holds
 * only the test's own data.
 */
export async function trackedApp() {
  const tableName = `naughty-sweep-${randomUUID().slice(0, 8)}`;
  await ensureTable(localDynamoDb(inject("localCloud").endpoints.dynamodb), tableName);
  const env = { ...inject("apiEnv"), TABLE_NAME: tableName, LOG_LEVEL: "SILENT" };
  const config = loadConfig(env);
  const scope = new AsyncLocalStorage<number>();
  const writes: Write[] = [];
  const byTag = new Map<number, Write[]>();
  // Noted before sending, marked done once it succeeded: a snapshot taken while a
  // write is on its way still knows whose it is.
  const note = (write: Omit<Write, "done">) => {
    const noted = { ...write, done: false };
    writes.push(noted);
    byTag.set(write.tag, [...(byTag.get(write.tag) ?? []), noted]);
    return noted;
  };
  const client = createDynamoClient(config);
  const send = client.send.bind(client);
  client.send = (async (...args: Parameters<typeof send>) => {
    const name = args[0].constructor.name.replace(/Command$/, "");
    const tag = scope.getStore() ?? 0;
    const noted = TABLE_WRITES.has(name)
      ? tableKeys(name, args[0].input as Record<string, unknown>).map((key) =>
          note({ tag, key: rowKey(key), partition: String(key?.[partitionKey]) }),
        )
      : [];
    const result = await send(...args);
    for (const write of noted) write.done = true;
    return result;
  }) as typeof client.send;
  const s3 = createS3Client(config, env);
  const sendS3 = s3.send.bind(s3);
  s3.send = (async (...args: Parameters<typeof sendS3>) => {
    const name = args[0].constructor.name.replace(/Command$/, "");
    const input = args[0].input as { Bucket?: string; Key?: string };
    const noted = S3_WRITES.has(name)
      ? note({ tag: scope.getStore() ?? 0, key: `s3 ${input.Bucket}/${input.Key ?? "(several)"}` })
      : undefined;
    const result = await sendS3(...args);
    if (noted) noted.done = true;
    return result;
  }) as typeof s3.send;
  const core = createCore({ config, client, s3, search: exchangeSearch });
  const app = createAppFromEnv(env, { core });
  // Reads for snapshots go through a client of their own: they are no request's.
  const reader = createDynamoClient(config);
  let nextTag = 1;

  return {
    app,
    core,
    writes,
    /** Runs `work` as request `tag`: its writes are noted under that tag. */
    as: <T>(tag: number, work: () => Promise<T>) => scope.run(tag, work),
    newTag: () => nextTag++,
    /** The writes request `tag` made that succeeded. */
    writesOf: (tag: number) => (byTag.get(tag) ?? []).filter((write) => write.done),
    /** Every row of the scope, as stored: "pk sk" → its JSON. */
    async snapshot(scope: Scope): Promise<Map<string, string>> {
      const rows = new Map<string, string>();
      const query = async (partition: string, sort?: string) => {
        let start: Key | undefined;
        do {
          const page = await reader.send(
            new QueryCommand({
              TableName: config.tableName,
              KeyConditionExpression: sort === undefined ? "#pk = :pk" : "#pk = :pk AND #sk = :sk",
              ExpressionAttributeNames: {
                "#pk": partitionKey,
                ...(sort !== undefined && { "#sk": sortKey }),
              },
              ExpressionAttributeValues: {
                ":pk": partition,
                ...(sort !== undefined && { ":sk": sort }),
              },
              ConsistentRead: true,
              ...(start && { ExclusiveStartKey: start }),
            }),
          );
          for (const item of page.Items ?? []) rows.set(rowKey(item), JSON.stringify(item));
          start = page.LastEvaluatedKey;
        } while (start);
      };
      await Promise.all([
        ...[...scope.partitions].map((partition) => query(partition)),
        ...[...scope.rows].map((row) => {
          const [partition = "", sort = ""] = row.split(" ");
          return query(partition, sort);
        }),
      ]);
      return rows;
    },
  };
}

export type TrackedApp = Awaited<ReturnType<typeof trackedApp>>;

/** What a snapshot reads: whole partitions, and single rows ("pk sk") of others. */
export interface Scope {
  partitions: Set<string>;
  rows: Set<string>;
}

/** The rows that differ between two snapshots (added, changed or gone). */
export function changedRows(before: Map<string, string>, after: Map<string, string>): string[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys].filter((key) => before.get(key) !== after.get(key));
}
