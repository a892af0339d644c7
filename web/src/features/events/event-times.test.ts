import { describe, expect, it } from "vitest";
import { eventTimes, venueInstant } from "./event-times.ts";

// 09:30–17:00 in Paris on 11 June 2030 (summer time, UTC+2).
const lyon = {
  startsAt: "2030-06-11T07:30:00Z",
  endsAt: "2030-06-11T15:00:00Z",
  timeZone: "Europe/Paris",
};

describe("an event's times", () => {
  it("says the venue's times in its zone, in the interface language", () => {
    const { venue } = eventTimes(lyon, "en-GB", null);
    expect(venue).toContain("09:30");
    expect(venue).toContain("17:00");
    expect(venue).toContain("June");
    expect(eventTimes(lyon, "fr", null).venue).toContain("juin");
  });

  it("adds the reader's zone only when its clock says something else", () => {
    expect(eventTimes(lyon, "en-GB", "Europe/Paris").reader).toBeNull();
    // Berlin keeps the same time as Paris: nothing more to say.
    expect(eventTimes(lyon, "en-GB", "Europe/Berlin").reader).toBeNull();
    const lisbon = eventTimes(lyon, "en-GB", "Europe/Lisbon").reader;
    expect(lisbon).toContain("08:30");
    expect(lisbon).toContain("16:00");
  });

  it("says a deadline at the venue with the zone's name", () => {
    expect(venueInstant("2030-06-04T21:59:00Z", "en-GB", "Europe/Paris")).toContain("23:59");
  });
});
