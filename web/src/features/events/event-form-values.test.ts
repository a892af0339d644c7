import { eventFormSchema } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { emptyValues, fieldOf, inputOf } from "./event-form-values.ts";

const typed = {
  ...emptyValues("Europe/Lisbon"),
  title: "A workshop in Lisbon",
  description: "Twenty characters or more about the workshop.",
  themes: ["youth-work"],
  start: "2031-05-12T09:00",
  end: "2031-05-12T17:00",
  registrationDeadline: "2031-05-05T23:59",
  capacity: "12",
  venueName: "Câmara Municipal",
  venueAddress: "Praça do Município",
  venueCity: "Lisboa",
  venueCountry: "PT",
  relatedCourseIds: "",
};

describe("the event form's values", () => {
  it("become a valid event for the API, the venue's zone kept", () => {
    const input = inputOf(typed, "create");
    expect(eventFormSchema.safeParse(input).success).toBe(true);
    expect(input).toMatchObject({ timeZone: "Europe/Lisbon", capacity: 12, onlineLink: null });
  });

  it("send no venue for an online event, and the link as typed", () => {
    const input = inputOf(
      { ...typed, inPerson: false, onlineLink: " https://meet.example.org/x " },
      "create",
    );
    expect(input.venue).toBeNull();
    expect(input.onlineLink).toBe("https://meet.example.org/x");
  });

  it("leave an empty capacity invalid rather than zero", () => {
    expect(eventFormSchema.safeParse(inputOf({ ...typed, capacity: "" }, "create")).success).toBe(
      false,
    );
  });

  it("map the API's field paths to the form's fields", () => {
    expect(fieldOf("venue.city")).toBe("venueCity");
    expect(fieldOf("venue")).toBe("inPerson");
    expect(fieldOf("relatedItemIds.2")).toBe("relatedItemIds");
    expect(fieldOf("start")).toBe("start");
  });
});
