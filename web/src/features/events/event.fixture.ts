import type { EventView } from "@alliance/core/web";

export const EVENT_ID = "evt_01JD5EEDEVT0000000000TEST";

/** A published online workshop in Lisbon with `capacity` places, as the API answers it. */
export function eventWith(overrides: Partial<EventView> = {}): EventView {
  return {
    eventId: EVENT_ID,
    type: "workshop",
    status: "published",
    title: "One place in Lisbon",
    description: "A morning on working with schools, for one elected representative.",
    language: "en",
    themes: ["youth-work"],
    start: "2031-05-12T09:00",
    end: "2031-05-12T12:30",
    timeZone: "Europe/Lisbon",
    startsAt: "2031-05-12T08:00:00Z",
    endsAt: "2031-05-12T11:30:00Z",
    registrationDeadline: "2031-05-05T23:59",
    deadlineAt: "2031-05-05T22:59:00Z",
    capacity: 1,
    registeredCount: 0,
    waitingCount: 0,
    online: true,
    onlineLink: null,
    venue: null,
    country: null,
    organiser: { kind: "trainer", id: "usr_01JD5EEDTRA1NER00000000000", name: "Tess Trainer" },
    relatedCourseIds: [],
    relatedItemIds: [],
    cancellationReason: null,
    materials: [],
    registration: null,
    waitingPosition: null,
    actions: {
      edit: false,
      publish: false,
      cancel: false,
      register: true,
      cancelRegistration: false,
      seeRegistrations: false,
      manageMaterials: false,
    },
    version: 2,
    createdAt: "2026-12-01T09:00:00Z",
    updatedAt: "2026-12-01T09:00:00Z",
    ...overrides,
  };
}
