/*
 * Events' types, statuses, registrations and logged steps: the values its items store.
 * Plain lists, without zod: the domain's ElectroDB entities, which a cold start loads
 * with the data service, read them without building its schemas (decision 0112).
 * `events/schemas.ts` re-exports them.
 */

export const EVENT_TYPES = ["workshop", "webinar", "study-visit", "conference"] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** `draft` is seen by its organisers only; `cancelled` is final. */
export const EVENT_STATUSES = ["draft", "published", "cancelled"] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** `attended` is set by an organiser on a registered person. */
export const REGISTRATION_STATES = ["registered", "waiting", "cancelled", "attended"] as const;
export type RegistrationState = (typeof REGISTRATION_STATES)[number];

/** Every step of an event and of its registrations: the domain events (decision 0053). */
export const EVENT_ACTIONS = [
  "created",
  "edited",
  "published",
  "cancelled",
  "registered",
  "waitlisted",
  "registration-cancelled",
  "promoted",
  "attendance-marked",
  "attendance-unmarked",
] as const;
export type EventAction = (typeof EVENT_ACTIONS)[number];
