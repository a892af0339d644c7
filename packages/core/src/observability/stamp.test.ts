import { GetItemCommand, PutItemCommand } from "@aws-sdk/client-dynamodb";
import { describe, expect, it } from "vitest";
import { createDynamoClient } from "../data/client.ts";
import {
  CORRELATION_ATTRIBUTE,
  currentCorrelationId,
  newCorrelationId,
  withCorrelationId,
} from "./correlation.ts";
import { stampBody } from "./stamp.ts";

describe("correlation ids", () => {
  it("hold for everything run inside, and only there, also across awaits", async () => {
    expect(currentCorrelationId()).toBeUndefined();
    const seen = await withCorrelationId("req-1", async () => {
      await new Promise((resolve) => setTimeout(resolve, 1));
      return currentCorrelationId();
    });
    expect(seen).toBe("req-1");
    expect(currentCorrelationId()).toBeUndefined();
    expect(newCorrelationId("job-digest")).toMatch(/^job-digest-[0-9a-f-]{36}$/);
  });
});

describe("stampBody", () => {
  const id = "req-42";
  const value = { S: id };

  it("adds the attribute to a put's item and a batch's puts", () => {
    const put = { Item: { pk: { S: "a" } } };
    stampBody("PutItem", put, id);
    expect(put.Item).toEqual({ pk: { S: "a" }, [CORRELATION_ATTRIBUTE]: value });
    const batch = {
      RequestItems: {
        t: [{ PutRequest: { Item: { pk: { S: "b" } } } }, { DeleteRequest: { Key: {} } }],
      },
    };
    stampBody("BatchWriteItem", batch, id);
    expect(batch.RequestItems.t[0]).toEqual({
      PutRequest: { Item: { pk: { S: "b" }, [CORRELATION_ATTRIBUTE]: value } },
    });
    expect(batch.RequestItems.t[1]).toEqual({ DeleteRequest: { Key: {} } });
  });

  it("sets it in an update's SET clause, or adds one, keeping the other clauses", () => {
    const update = {
      UpdateExpression: "SET #a = :a, #v = #v + :one REMOVE #b",
      ExpressionAttributeNames: { "#a": "a", "#v": "v", "#b": "b" },
      ExpressionAttributeValues: { ":a": { S: "x" }, ":one": { N: "1" } },
    };
    stampBody("UpdateItem", update, id);
    expect(update.UpdateExpression).toBe(
      "SET #correlationId = :correlationId, #a = :a, #v = #v + :one REMOVE #b",
    );
    expect(update.ExpressionAttributeNames).toMatchObject({
      "#a": "a",
      "#correlationId": CORRELATION_ATTRIBUTE,
    });
    expect(update.ExpressionAttributeValues).toMatchObject({
      ":a": { S: "x" },
      ":correlationId": value,
    });

    const removeOnly = { UpdateExpression: "REMOVE #b", ExpressionAttributeNames: { "#b": "b" } };
    stampBody("UpdateItem", removeOnly, id);
    expect(removeOnly.UpdateExpression).toBe("SET #correlationId = :correlationId REMOVE #b");
  });

  it("stamps a transaction's puts and updates, not its checks and deletes", () => {
    const transaction = {
      TransactItems: [
        { Put: { Item: { pk: { S: "a" } } } },
        { Update: { UpdateExpression: "ADD #n :one", ExpressionAttributeNames: { "#n": "n" } } },
        { ConditionCheck: { ConditionExpression: "attribute_exists(pk)" } },
        { Delete: { Key: { pk: { S: "c" } } } },
      ],
    };
    stampBody("TransactWriteItems", transaction, id);
    const [put, update, check, remove] = transaction.TransactItems;
    expect(put?.Put?.Item).toHaveProperty(CORRELATION_ATTRIBUTE, value);
    expect(update?.Update?.UpdateExpression).toBe(
      "SET #correlationId = :correlationId ADD #n :one",
    );
    expect(check).toEqual({ ConditionCheck: { ConditionExpression: "attribute_exists(pk)" } });
    expect(remove).toEqual({ Delete: { Key: { pk: { S: "c" } } } });
  });

  it("leaves reads alone", () => {
    const get = { Key: { pk: { S: "a" } } };
    stampBody("GetItem", get, id);
    expect(get).toEqual({ Key: { pk: { S: "a" } } });
  });
});

describe("core's DynamoDB client", () => {
  /** The JSON body each request would have sent, caught below the SDK. */
  function recordingClient() {
    const bodies: Record<string, unknown>[] = [];
    const client = createDynamoClient(
      { region: "eu-west-1", dynamoEndpoint: "http://127.0.0.1:1" },
      {
        requestHandler: {
          handle: async (request: { body?: string | Uint8Array }) => {
            bodies.push(JSON.parse(Buffer.from(request.body ?? "{}").toString("utf8")));
            throw Object.assign(new Error("recorded"), { $metadata: {} });
          },
        } as never,
        limits: {
          connectionTimeoutMs: 1000,
          requestTimeoutMs: 1000,
          socketTimeoutMs: 1000,
          maxAttempts: 1,
          maxBackoffMs: 0,
          jwksTimeoutMs: 1000,
        },
      },
    );
    return { client, bodies };
  }

  it("sends the current correlation id with every write, and nothing outside one", async () => {
    const { client, bodies } = recordingClient();
    const put = new PutItemCommand({ TableName: "t", Item: { pk: { S: "a" } } });
    await withCorrelationId("req-7", () => client.send(put)).catch(() => {});
    await client
      .send(new PutItemCommand({ TableName: "t", Item: { pk: { S: "b" } } }))
      .catch(() => {});
    await withCorrelationId("req-8", () =>
      client.send(new GetItemCommand({ TableName: "t", Key: { pk: { S: "a" } } })),
    ).catch(() => {});
    expect(bodies[0]?.Item).toEqual({ pk: { S: "a" }, [CORRELATION_ATTRIBUTE]: { S: "req-7" } });
    expect(bodies[1]?.Item).toEqual({ pk: { S: "b" } });
    expect(bodies[2]).toEqual({ TableName: "t", Key: { pk: { S: "a" } } });
  });
});
