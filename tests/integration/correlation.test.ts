import {
  CORRELATION_ATTRIBUTE,
  type Core,
  type TableChange,
  withCorrelationId,
} from "@alliance/core";
import { localDynamoDb } from "@alliance/dev";
import { DynamoDBDocumentClient, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { afterEach, describe, expect, inject, it, vi } from "vitest";
import { type ChangeStream, changeStream } from "./support/change-stream.ts";

/**
 * A correlation id from the request through the table and its stream to the consumers
 * and their own writes (decision 0040), on DynamoDB Local's real stream. The API runs a
 * request inside `withCorrelationId(requestId)` (packages/api/src/correlation.test.ts);
 * here core writes inside it as a route would.
 */
let stream: ChangeStream | undefined;
afterEach(async () => {
  vi.restoreAllMocks();
  await stream?.stop();
  stream = undefined;
});

const AT = "2026-12-04T00:00:00.000Z";

function city(core: Core, cityId: string) {
  return core.data.entities.city
    .create({
      cityId,
      name: cityId,
      country: "FR",
      description: `The city of ${cityId}.`,
      createdAt: AT,
      updatedAt: AT,
      version: 1,
    })
    .go();
}

/** Every item of the stream's table, as stored. */
async function items(tableName: string) {
  const client = DynamoDBDocumentClient.from(
    localDynamoDb(inject("localCloud").endpoints.dynamodb),
  );
  try {
    const { Items = [] } = await client.send(new ScanCommand({ TableName: tableName }));
    return Items;
  } finally {
    client.destroy();
  }
}

describe("a correlation id", () => {
  it("goes from a request's writes to the consumers, their writes, their metrics", async () => {
    const seen: TableChange[] = [];
    stream = await changeStream({
      consumers: (core) => [
        {
          name: "follower",
          wants: (change) => change.entity === "city" && change.kind === "insert",
          async handle(change) {
            seen.push(change);
            // A consumer's own write: it carries the change's id on.
            if (change.newImage?.cityId === "lyon") await city(core, "lyon-twin");
          },
        },
      ],
    });
    const { core } = stream;
    await withCorrelationId("req-flow-1", async () => {
      await city(core, "lyon");
      await core.data.entities.city.patch({ cityId: "lyon" }).set({ name: "Lyon" }).go();
    });
    await city(core, "nantes"); // no request: no id stamped

    const written = Object.fromEntries(
      (await items(stream.tableName)).map((item) => [item.cityId, item]),
    );
    expect(written.lyon?.[CORRELATION_ATTRIBUTE]).toBe("req-flow-1");
    expect(written.nantes).not.toHaveProperty(CORRELATION_ATTRIBUTE);
    // Entities never show it: ElectroDB reads only its attributes.
    expect((await core.data.entities.city.get({ cityId: "lyon" }).go()).data).not.toHaveProperty(
      CORRELATION_ATTRIBUTE,
    );

    const out: string[] = [];
    // The integration project turns metric lines off (vitest.config.ts); these are read.
    vi.stubEnv("POWERTOOLS_METRICS_DISABLED", "false");
    vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      out.push(String(chunk));
      return true;
    });
    try {
      await stream.start();
      await stream.poller.drained();
    } finally {
      vi.restoreAllMocks();
      vi.unstubAllEnvs();
    }

    const byCity = Object.fromEntries(seen.map((change) => [change.newImage?.cityId, change]));
    expect(byCity.lyon?.correlationId).toBe("req-flow-1");
    expect(byCity.nantes?.correlationId).toBe(`stream-${byCity.nantes?.eventId}`);
    expect(byCity["lyon-twin"]?.correlationId).toBe("req-flow-1");
    const twin = (await items(stream.tableName)).find((item) => item.cityId === "lyon-twin");
    expect(twin?.[CORRELATION_ATTRIBUTE]).toBe("req-flow-1");

    const metrics = out
      .flatMap((chunk) => chunk.split("\n"))
      .filter((line) => line.includes('"_aws"'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const follower = metrics.filter((line) => line.consumer === "follower");
    expect(follower.length).toBeGreaterThan(0);
    expect(follower.map((line) => String(line.correlationIds)).join(" ")).toContain("req-flow-1");
    expect(follower.reduce((sum, line) => sum + Number(line.ChangesHandled), 0)).toBe(3);
  });
});
