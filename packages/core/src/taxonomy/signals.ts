import { THEMES } from "./exchange.ts";

/*
 * What an early-warning observation records: the values its items store. Plain lists,
 * without zod: the domain's ElectroDB entities, which a cold start loads with the data
 * service, read them without building its schemas (decision 0112). `signals/schemas.ts`
 * re-exports them.
 */

/** Kinds of signal a city may notice, beside the exchange's themes. */
export const SIGNAL_KINDS = [
  "hate-incidents",
  "recruitment-attempts",
  "online-campaigns",
  "tensions-between-groups",
  "attacks-on-officials",
] as const;

/** What an observation is about: one of the exchange's themes or a signal kind. */
export const SIGNAL_THEMES = [...SIGNAL_KINDS, ...THEMES] as const;
export type SignalTheme = (typeof SIGNAL_THEMES)[number];

export const SIGNAL_DIRECTIONS = ["rising", "stable", "falling"] as const;
export type SignalDirection = (typeof SIGNAL_DIRECTIONS)[number];

export const SIGNAL_INTENSITIES = ["low", "medium", "high"] as const;
export type SignalIntensity = (typeof SIGNAL_INTENSITIES)[number];

/** submitted → approved, or submitted → sent-back → (edited) submitted … */
export const OBSERVATION_STATUSES = ["submitted", "approved", "sent-back"] as const;
export type ObservationStatus = (typeof OBSERVATION_STATUSES)[number];
