import { createCore } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { changeConsumers } from "./consumers.ts";

/** Cores are only built here: no consumer reads or writes anything until a batch comes. */
const core = (attachmentsBucket?: string) =>
  createCore({ config: { tableName: "alliance-unit", region: "eu-west-1", attachmentsBucket } });

describe("the registered change consumers", () => {
  it("keep the search snapshot in the attachments bucket, under their deployed names", () => {
    const consumers = changeConsumers(core("alliance-attachments"));
    // The city's items are marked before the snapshot takes the batch (decision 0034).
    expect(consumers.map((consumer) => consumer.name)).toEqual([
      "city-status-marks",
      "search-snapshot",
    ]);
    const [marks, search] = consumers;
    expect(search?.wants({ entity: "exchangeItem" } as never)).toBe(true);
    expect(search?.wants({ entity: "city" } as never)).toBe(false);
    const left = {
      entity: "city",
      kind: "modify",
      oldImage: {},
      newImage: { membershipStatus: "former" },
    };
    expect(marks?.wants(left as never)).toBe(true);
    expect(marks?.wants({ ...left, entity: "exchangeItem" } as never)).toBe(false);
  });

  it("leave the snapshot out when no bucket is configured", () => {
    expect(changeConsumers(core()).map((consumer) => consumer.name)).toEqual(["city-status-marks"]);
  });
});
