import { createCore } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { changeConsumers } from "./consumers.ts";

/** Cores are only built here: no consumer reads or writes anything until a batch comes. */
const core = (attachmentsBucket?: string) =>
  createCore({ config: { tableName: "alliance-unit", region: "eu-west-1", attachmentsBucket } });

describe("the registered change consumers", () => {
  it("mark cities' items, heal role grants, keep the search snapshot, complete workshop lessons and fill the inboxes, under their deployed names", () => {
    const consumers = changeConsumers(core("alliance-attachments"));
    // The city's items are marked before the snapshot takes the batch (decision 0034).
    expect(consumers.map((consumer) => consumer.name)).toEqual([
      "city-status-marks",
      "contributor-grant",
      "search-snapshot",
      "workshop-attendance",
      "notifications",
    ]);
    const [marks, grant, search, workshop, notifications] = consumers;
    const attended = {
      entity: "eventLogEntry",
      kind: "insert",
      newImage: { action: "attendance-marked" },
    };
    expect(workshop?.wants(attended as never)).toBe(true);
    expect(
      workshop?.wants({ ...attended, newImage: { action: "attendance-unmarked" } } as never),
    ).toBe(false);
    expect(workshop?.wants({ ...attended, kind: "modify" } as never)).toBe(false);
    expect(notifications?.wants({ entity: "eventLogEntry", kind: "insert" } as never)).toBe(true);
    expect(notifications?.wants({ entity: "eventLogEntry", kind: "modify" } as never)).toBe(false);
    expect(notifications?.wants({ entity: "notification", kind: "insert" } as never)).toBe(false);
    const approved = {
      entity: "membershipEvent",
      kind: "insert",
      newImage: { action: "approved" },
    };
    expect(grant?.wants(approved as never)).toBe(true);
    expect(grant?.wants({ ...approved, newImage: { action: "declined" } } as never)).toBe(false);
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
    expect(changeConsumers(core()).map((consumer) => consumer.name)).toEqual([
      "city-status-marks",
      "contributor-grant",
      "workshop-attendance",
      "notifications",
    ]);
  });

  it("send notifications by e-mail last, when a sender is configured", () => {
    const withMail = core("alliance-attachments");
    const mail = {
      data: withMail.data,
      send: async () => {},
      addressOf: async () => null,
      from: "notifications@alliance.example",
      webOrigin: "https://alliance.example",
      apiOrigin: "https://alliance.example",
    };
    const consumers = changeConsumers(withMail, { mail });
    const email = consumers.at(-1);
    expect(email?.name).toBe("email");
    expect(email?.wants({ entity: "notification", kind: "insert" } as never)).toBe(true);
    expect(email?.wants({ entity: "notification", kind: "modify" } as never)).toBe(false);
    expect(email?.wants({ entity: "eventLogEntry", kind: "insert" } as never)).toBe(false);
  });
});
