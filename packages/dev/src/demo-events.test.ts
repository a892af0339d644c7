import { eventFormSchema, isId } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { DEMO_EVENTS, demoEventRows } from "./demo-events.ts";

describe("demo events", () => {
  it("are upcoming and past, with registrations and a waiting list", () => {
    const rows = DEMO_EVENTS.map(demoEventRows);
    const now = Date.now();
    expect(rows.some((row) => Date.parse(row.event.startsAt) > now)).toBe(true);
    expect(rows.some((row) => Date.parse(row.event.startsAt) < now)).toBe(true);
    expect(rows.some((row) => row.event.waitingCount > 0)).toBe(true);
  });

  it.each(DEMO_EVENTS.map((demo) => [demo.event.eventId, demo] as const))(
    "%s holds what core accepts, its counters matching its registrations",
    (_id, demo) => {
      const { event, registrations, log } = demoEventRows(demo);
      expect(isId("evt", event.eventId)).toBe(true);
      expect(
        eventFormSchema.parse({
          type: event.type,
          title: event.title,
          description: event.description,
          language: event.language,
          themes: event.themes,
          start: event.start,
          end: event.end,
          timeZone: event.timeZone,
          registrationDeadline: event.registrationDeadline,
          capacity: event.capacity,
          venue: event.venue ?? null,
          onlineLink: event.onlineLink ?? null,
        }),
      ).toBeDefined();
      expect(event.registeredCount).toBeLessThanOrEqual(event.capacity);
      expect(event.registeredCount + event.waitingCount).toBe(registrations.length);
      expect(new Set(log.map((entry) => entry.entryId)).size).toBe(log.length);
    },
  );

  it("keep the past visit's slides as a material whose size is its file's", () => {
    const files = DEMO_EVENTS.flatMap((demo) => demoEventRows(demo).files);
    expect(files).toHaveLength(1);
    const [file] = files;
    expect(file?.material.size).toBe(file?.bytes.byteLength);
    expect(file?.material.objectKey).toMatch(
      /^files\/events\/evt_01JD5EEDEVT000000000000003\/att_01JD5EEDMAT000000000000001\/[0-9A-Z]{26}$/,
    );
    expect(new TextDecoder().decode(file?.bytes.subarray(0, 5))).toBe("%PDF-");
  });
});
