/*
 * Exchange requests' kinds, states, logged steps and messages: the values its items
 * store. Plain lists, without zod: the domain's ElectroDB entities, which a cold start
 * loads with the data service, read them without building its schemas (decision 0112).
 * `exchange-requests/schemas.ts` re-exports them.
 */

export const REQUEST_KINDS = ["call", "study-visit", "mentoring", "material"] as const;
export type RequestKind = (typeof REQUEST_KINDS)[number];

/**
 * Where a request stands. `open` waits for the requested city, `date-proposed`
 * for the requesting city; `accepted` waits for the exchange to happen;
 * `completed` (outcome recorded), `declined` and `withdrawn` are final.
 */
export const REQUEST_STATES = [
  "open",
  "date-proposed",
  "accepted",
  "declined",
  "withdrawn",
  "completed",
] as const;
export type RequestState = (typeof REQUEST_STATES)[number];

/** Every step of a request and of its thread: the domain events (decision 0037). */
export const REQUEST_ACTIONS = [
  "requested",
  "accepted",
  "declined",
  "date-proposed",
  "date-accepted",
  "withdrawn",
  "outcome-recorded",
  "experience-drafted",
  "message-posted",
  "message-edited",
  "message-reported",
  "message-hidden",
  "message-restored",
] as const;
export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export const MESSAGE_STATES = ["visible", "hidden"] as const;
