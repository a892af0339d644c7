import { randomUUID } from "node:crypto";
import { createDynamoClient, ENV, preparedQuery } from "@alliance/core";
import { ensureTable, localDynamoDb } from "@alliance/dev";
import { PutCommand } from "@aws-sdk/lib-dynamodb";
import { afterAll, describe, expect, inject, it } from "vitest";

const endpoint = inject("localCloud").endpoints.dynamodb;
const region = inject("apiEnv")[ENV.region] ?? "eu-west-1";
const client = createDynamoClient({ region, dynamoEndpoint: endpoint });
afterAll(() => client.destroy());

describe("a prepared query (decision 0102)", () => {
  it("builds its parameters once and reads every page, in key order", async () => {
    const tableName = `prepared-${randomUUID().slice(0, 8)}`;
    const dynamo = localDynamoDb(endpoint);
    await ensureTable(dynamo, tableName);
    dynamo.destroy();
    for (const sk of ["c", "a", "e", "b", "d"]) {
      await client.send(new PutCommand({ TableName: tableName, Item: { pk: "p", sk, n: sk } }));
    }
    let built = 0;
    const read = preparedQuery(client, () => {
      built += 1;
      // Two items a page: five items take three pages.
      return {
        TableName: tableName,
        KeyConditionExpression: "pk = :pk",
        ExpressionAttributeValues: { ":pk": "p" },
        Limit: 2,
      };
    });
    expect((await read()).map((item) => item.n)).toEqual(["a", "b", "c", "d", "e"]);
    expect((await read()).map((item) => item.n)).toEqual(["a", "b", "c", "d", "e"]);
    expect(built).toBe(1);
  });
});
