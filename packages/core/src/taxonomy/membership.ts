/*
 * Membership applications' states and logged steps: the values its items store. Plain
 * lists, without zod: the domain's ElectroDB entities, which a cold start loads with the
 * data service, read them without building its schemas (decision 0112).
 * `membership/schemas.ts` re-exports them.
 */

/**
 * Where an application stands. `submitted` and `resubmitted` wait for an
 * administrator; `information-requested` waits for the applicant; the last three
 * are final. The states in this order are what the queue filters on.
 */
export const APPLICATION_STATES = [
  "submitted",
  "information-requested",
  "resubmitted",
  "approved",
  "declined",
  "withdrawn",
] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];

/** What each step of the log records: the domain events of membership (decision 0033). */
export const APPLICATION_ACTIONS = [
  "submitted",
  "information-requested",
  "resubmitted",
  "approved",
  "declined",
  "withdrawn",
] as const;
export type ApplicationAction = (typeof APPLICATION_ACTIONS)[number];
