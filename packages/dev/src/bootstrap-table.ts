import { keyAttributeNames, tableSchema } from "@alliance/core/schema";
import {
  CreateTableCommand,
  type CreateTableCommandInput,
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  type DynamoDBClient,
  ResourceInUseException,
  ResourceNotFoundException,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  waitUntilTableExists,
} from "@aws-sdk/client-dynamodb";

const stream = {
  StreamEnabled: true,
  StreamViewType: tableSchema.stream.viewType,
} as const;

/** The table as core's tableSchema describes it; infra/ and stacks/ read the same object. */
export function createTableInput(tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: keyAttributeNames().map((name) => ({
      AttributeName: name,
      AttributeType: "S",
    })),
    KeySchema: [
      { AttributeName: tableSchema.partitionKey, KeyType: "HASH" },
      { AttributeName: tableSchema.sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: tableSchema.globalIndexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey, KeyType: "HASH" },
        { AttributeName: index.sortKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
    StreamSpecification: stream,
  };
}

/** The table's stream settings, or undefined when there is no table. */
async function describeStream(client: DynamoDBClient, tableName: string) {
  try {
    const { Table } = await client.send(new DescribeTableCommand({ TableName: tableName }));
    return { spec: Table?.StreamSpecification };
  } catch (error) {
    if (error instanceof ResourceNotFoundException) return undefined;
    throw error;
  }
}

/**
 * Creates the table with its stream and turns TTL on, unless they already are; a
 * table made before the stream existed (an older `.data/`) gets it. Returns what it
 * created, e.g. ["table alliance-local", "TTL on expiresAt"]; [] on a rerun.
 */
export async function ensureTable(client: DynamoDBClient, tableName: string): Promise<string[]> {
  const created: string[] = [];
  const existing = await describeStream(client, tableName);
  if (existing && !existing.spec?.StreamEnabled) {
    await client.send(
      new UpdateTableCommand({ TableName: tableName, StreamSpecification: stream }),
    );
    created.push(`stream of ${tableName}`);
  }
  if (!existing) {
    try {
      await client.send(new CreateTableCommand(createTableInput(tableName)));
      created.push(`table ${tableName}`);
    } catch (error) {
      // Another process (a parallel test run) created it first: that is fine.
      if (!(error instanceof ResourceInUseException)) throw error;
    }
    await waitUntilTableExists({ client, maxWaitTime: 30 }, { TableName: tableName });
  }
  const ttl = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = ttl.TimeToLiveDescription?.TimeToLiveStatus;
  if (status !== "ENABLED" && status !== "ENABLING") {
    await client.send(
      new UpdateTimeToLiveCommand({
        TableName: tableName,
        TimeToLiveSpecification: { AttributeName: tableSchema.ttlAttribute, Enabled: true },
      }),
    );
    created.push(`TTL on ${tableSchema.ttlAttribute}`);
  }
  return created;
}
