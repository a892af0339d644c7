import { Readable } from "node:stream";
import { createCore, createDynamoClient } from "@alliance/core";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { mockClient } from "aws-sdk-client-mock";
import { describe, expect, it, vi } from "vitest";
import { createApp } from "./app.ts";
import { fakeVerifier, testApp } from "./test-app.ts";

const CITY = "/api/cities/cty_01JAAAAAAAAAAAAAAAAAAAAAAA";

function throttled(): Error {
  return Object.assign(new Error("Rate of requests exceeds the allowed throughput."), {
    name: "ThrottlingException",
    $metadata: { httpStatusCode: 400 },
  });
}

type Answer = "throttle" | "refuse" | "invalid" | "city";

/** Answers like DynamoDB would, one scripted answer per HTTP attempt. */
function scriptedDynamo(answers: Answer[]) {
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
        if (answer === "refuse") {
          throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:8000"), {
            code: "ECONNREFUSED",
          });
        }
        if (answer === "invalid") {
          return json(
            400,
            {
              __type: "com.amazon.coral.validate#ValidationException",
              message: "One or more parameter values were invalid",
            },
            "ValidationException",
          );
        }
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
  it("the SDK retries once with backoff and the caller gets the answer", async () => {
    const script = scriptedDynamo(["throttle", "city"]);
    const response = await appOver(script).request(CITY);
    expect(response.status).toBe(200);
    expect((await response.json()).name).toBe("Aarhus");
    expect(script.calls).toBe(2);
  });

  it("after the retry the caller gets 503 with Retry-After, and nothing internal", async () => {
    const script = scriptedDynamo(["throttle"]);
    const response = await appOver(script).request(CITY);
    expect(script.calls).toBe(2);
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

describe("when DynamoDB refuses connections", () => {
  it("the SDK retries once, then the caller gets 503 service-unavailable with Retry-After", async () => {
    const script = scriptedDynamo(["refuse"]);
    const response = await appOver(script).request(CITY);
    expect(script.calls).toBe(2);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("2");
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const body = await response.json();
    expect(body).toMatchObject({ status: 503, code: "service-unavailable" });
    expect(JSON.stringify(body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });

  it("a connection that comes back on the retry serves the answer", async () => {
    const script = scriptedDynamo(["refuse", "city"]);
    const response = await appOver(script).request(CITY);
    expect(response.status).toBe(200);
  });

  it("a request DynamoDB finds invalid (a bug) stays a 500, never a 503", async () => {
    const script = scriptedDynamo(["invalid"]);
    const response = await appOver(script).request(CITY);
    expect(script.calls).toBe(1);
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
  });
});

describe("the log of an outage", () => {
  it("is one warning that carries the request id, not an error", async () => {
    const script = scriptedDynamo(["refuse"]);
    const client = createDynamoClient(
      { region: "eu-west-1", dynamoEndpoint: "http://dynamo.invalid" },
      { requestHandler: script.handler },
    );
    const core = createCore({ config: { tableName: "t", region: "eu-west-1" }, client });
    const app = createApp({ core, verifier: fakeVerifier, logLevel: "WARN" });
    // The logger writes JSON lines to stdout, warnings and errors to stderr.
    const lines: string[] = [];
    const capture = (chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    };
    const spies = [
      vi.spyOn(process.stdout, "write").mockImplementation(capture),
      vi.spyOn(process.stderr, "write").mockImplementation(capture),
    ];
    let response: Response;
    try {
      response = await app.request(CITY);
    } finally {
      for (const spy of spies) spy.mockRestore();
    }
    expect(response.status).toBe(503);
    const entries = lines
      .flatMap((chunk) => chunk.split("\n"))
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as { level: string; requestId?: string });
    expect(entries.map((entry) => entry.level)).toEqual(["WARN"]);
    expect(entries[0]?.requestId).toBe(response.headers.get("x-request-id"));
  });
});
