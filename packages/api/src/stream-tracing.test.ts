import type { ChangeConsumer, TableChange } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { traced } from "./stream-tracing.ts";

const change = (id: string): TableChange => ({
  eventId: id,
  kind: "insert",
  entity: "city",
  keys: { pk: id, sk: id },
  at: "2026-12-04T00:00:00.000Z",
  sequenceNumber: "1",
  correlationId: `req-${id}`,
});

describe("a traced consumer, outside Lambda (no X-Ray segment)", () => {
  it("keeps its name, wants and handles what it did, and flushes as itself", async () => {
    class Recorder implements ChangeConsumer {
      readonly name = "recorder";
      readonly handled: string[] = [];
      flushed = 0;
      wants(c: TableChange) {
        return c.eventId !== "skip";
      }
      async handle(c: TableChange) {
        if (c.eventId === "bad") throw new Error("bad change");
        this.handled.push(c.eventId);
      }
      async flush() {
        this.flushed += 1;
      }
    }
    const recorder = new Recorder();
    const wrapped = traced(recorder);
    expect(wrapped.name).toBe("recorder");
    expect(wrapped.wants(change("skip"))).toBe(false);
    await wrapped.handle(change("a"));
    await expect(wrapped.handle(change("bad"))).rejects.toThrow("bad change");
    await wrapped.flush?.();
    expect(recorder.handled).toEqual(["a"]);
    expect(recorder.flushed).toBe(1);
  });

  it("has no flush when the consumer has none", () => {
    const plain: ChangeConsumer = { name: "plain", wants: () => true, handle: async () => {} };
    expect(traced(plain).flush).toBeUndefined();
  });
});
