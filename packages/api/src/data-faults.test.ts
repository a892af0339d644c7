import { Readable } from "node:stream";
import { createCore, createDynamoClient } from "@alliance/core";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { describe, expect, it } from "vitest";
import { testApp } from "./test-app.ts";

const CITY = "/api/cities/cty_01JAAAAAAAAAAAAAAAAAAAAAAA";

function throttled(): Error {
  return Object.assign(new Error("Rate of requests exceeds the allowed throughput."), {
    name: "ThrottlingException",
    $metadata: { httpStatusCode: 400 },
  });
}

/** Answers like DynamoDB would, one scripted answer per HTTP attempt. */
function scriptedDynamo(answers: Array<"throttle" | "city">) {
  let calls = 0;
  const json = (status: number, body: unknown, type?: string) => ({
    response: {
      statusCode: status,
      reason: "",
      headers: {
        "content-type": "application/x-amz-json-1.0",
        ...(type && { "x-amzn-errortype": type }),
      },
      body: Readable.from([Buffer.from(JSON.stringify(body))]),
    },
  });
  return {
    get calls() {
      return calls;
    },
    handler: {
      handle: async () => {
        const answer = answers[Math.min(calls, answers.length - 1)];
        calls += 1;
        if (answer === "throttle") {
          return json(
            400,
            {
              __type: "com.amazonaws.dynamodb.v20120810#ThrottlingException",
              message: "Rate exceeded",
            },
            "ThrottlingException",
          );
        }
        return json(200, {
          Item: {
            pk: { S: "$alliance$city_1#cityid_cty_01jaaaaaaaaaaaaaaaaaaaaaaa" },
            sk: { S: "$city_1" },
            __edb_e__: { S: "city" },
            __edb_v__: { S: "1" },
            cityId: { S: "cty_01JAAAAAAAAAAAAAAAAAAAAAAA" },
            name: { S: "Aarhus" },
            country: { S: "DK" },
            description: { S: "Host of the 2015 conference." },
            createdAt: { S: "2026-01-01T00:00:00.000Z" },
            updatedAt: { S: "2026-01-01T00:00:00.000Z" },
            version: { N: "1" },
          },
        });
      },
    },
  };
}

function appOver(script: ReturnType<typeof scriptedDynamo>) {
  const client = createDynamoClient(
    { region: "eu-west-1", dynamoEndpoint: "http://dynamo.invalid" },
    { requestHandler: script.handler },
  );
  const core = createCore({ config: { tableName: "t", region: "eu-west-1" }, client });
  return testApp({ core });
}

describe("when DynamoDB throttles", () => {
  it("the SDK retries with backoff and the caller gets the answer", async () => {
    const script = scriptedDynamo(["throttle", "throttle", "city"]);
    const response = await appOver(script).request(CITY);
    expect(response.status).toBe(200);
    expect((await response.json()).name).toBe("Aarhus");
    expect(script.calls).toBe(3);
  });

  it("after the last retry the caller gets 503 with Retry-After, and nothing internal", async () => {
    const script = scriptedDynamo(["throttle"]);
    const response = await appOver(script).request(CITY);
    expect(script.calls).toBe(4);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    const body = await response.json();
    expect(body).toMatchObject({ status: 503, code: "service-busy" });
    expect(JSON.stringify(body)).not.toMatch(/Throttling|dynamodb/i);
  });

  it("a throttled read or query reported by the client becomes 503 on every data route", async () => {
    const client = DynamoDBDocumentClient.from(new DynamoDBClient({ region: "eu-west-1" }));
    const mock = mockClient(client);
    // A fresh error per call, as the SDK raises one per failed request.
    mock.on(GetCommand).callsFake(() => Promise.reject(throttled()));
    mock.on(QueryCommand).callsFake(() => Promise.reject(throttled()));
    const app = testApp({ client });
    const me = { authorization: "Bearer user.s1.none" };
    for (const [path, headers] of [
      [CITY, {}],
      ["/api/cities", {}],
      ["/api/me", me],
    ] as const) {
      const response = await app.request(path, { headers });
      expect(response.status, path).toBe(503);
    }
    expect(mock.commandCalls(GetCommand).length).toBeGreaterThan(0);
    expect(mock.commandCalls(QueryCommand).length).toBe(1);
  });
});
