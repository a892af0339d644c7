import { isId, messageFormSchema, requestFormSchema, requestOutcomeSchema } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { DEMO_EXCHANGE_REQUESTS, demoExchangeRequestRows } from "./demo-exchange-requests.ts";
import { DEMO_ITEMS } from "./demo-items.ts";

describe("demo exchange requests", () => {
  it("are one open request and one completed with an outcome and a thread", () => {
    const rows = DEMO_EXCHANGE_REQUESTS.map(demoExchangeRequestRows);
    expect(rows.map((row) => row.request.state).sort()).toEqual(["completed", "open"]);
    const done = rows.find((row) => row.request.state === "completed");
    expect(done?.request.outcome).toBeDefined();
    expect(done?.messages.length).toBeGreaterThan(1);
  });

  it.each(DEMO_EXCHANGE_REQUESTS.map((demo) => [demo.request.requestId, demo] as const))(
    "%s holds what core accepts, with a log that ends in its state",
    (_id, demo) => {
      const { request, messages, events } = demoExchangeRequestRows(demo);
      expect(isId("xrq", request.requestId)).toBe(true);
      expect(request.fromCityName).not.toBe("");
      expect(request.toCityName).not.toBe("");
      expect(request.fromCityId).not.toBe(request.toCityId);
      expect(
        requestFormSchema.parse({
          toCityId: request.toCityId,
          kind: request.kind,
          theme: request.theme,
          message: request.message,
          preferredDates: request.preferredDates,
          ...(request.itemId && { itemId: request.itemId }),
        }),
      ).toBeTruthy();
      if (request.itemId) {
        const item = DEMO_ITEMS.find((each) => each.itemId === request.itemId);
        expect(item?.status).toBe("published");
        expect(item?.cityId).toBe(request.toCityId);
        expect(request.itemTitle).toBe(item?.fields.title);
      }
      if (request.outcome) {
        const { summary, useful, followUp } = request.outcome;
        expect(requestOutcomeSchema.parse({ summary, useful, followUp })).toBeTruthy();
      }
      for (const message of messages) {
        expect(isId("msg", message.messageId)).toBe(true);
        expect(messageFormSchema.parse({ body: message.body })).toBeTruthy();
        expect([request.fromCityId, request.toCityId]).toContain(message.authorCityId);
      }
      expect(events[0]?.action).toBe("requested");
      expect(events.at(-1)?.state).toBe(request.state);
      expect(new Set(events.map((event) => event.eventId)).size).toBe(events.length);
      expect(events.filter((event) => event.action === "message-posted")).toHaveLength(
        messages.length,
      );
    },
  );
});
