import type { Country } from "./countries.ts";

/**
 * Population bands a city's profile states, smallest first: matching compares
 * neighbouring bands as similar sizes (docs/decisions/0035-cities-like-mine.md).
 */
export const POPULATION_BANDS = ["under-50k", "50k-250k", "250k-1m", "over-1m"] as const;
export type PopulationBand = (typeof POPULATION_BANDS)[number];

/** The band of a head count (a membership application's population, say). */
export function populationBandOf(population: number): PopulationBand {
  if (population < 50_000) return "under-50k";
  if (population < 250_000) return "50k-250k";
  if (population < 1_000_000) return "250k-1m";
  return "over-1m";
}

/** The sub-regions of the UN's geoscheme (M49) that the alliance's countries are in. */
export const EUROPEAN_REGIONS = [
  "northern-europe",
  "western-europe",
  "southern-europe",
  "eastern-europe",
  "western-asia",
] as const;
export type EuropeanRegion = (typeof EUROPEAN_REGIONS)[number];

/** Each country's M49 sub-region; a `Record` over `Country`, so a new country needs one. */
export const REGION_OF: Readonly<Record<Country, EuropeanRegion>> = {
  DK: "northern-europe",
  EE: "northern-europe",
  FI: "northern-europe",
  GB: "northern-europe",
  IE: "northern-europe",
  IS: "northern-europe",
  LT: "northern-europe",
  LV: "northern-europe",
  NO: "northern-europe",
  SE: "northern-europe",
  AT: "western-europe",
  BE: "western-europe",
  CH: "western-europe",
  DE: "western-europe",
  FR: "western-europe",
  LI: "western-europe",
  LU: "western-europe",
  MC: "western-europe",
  NL: "western-europe",
  AD: "southern-europe",
  AL: "southern-europe",
  BA: "southern-europe",
  ES: "southern-europe",
  GR: "southern-europe",
  HR: "southern-europe",
  IT: "southern-europe",
  ME: "southern-europe",
  MK: "southern-europe",
  MT: "southern-europe",
  PT: "southern-europe",
  RS: "southern-europe",
  SI: "southern-europe",
  SM: "southern-europe",
  BG: "eastern-europe",
  CZ: "eastern-europe",
  HU: "eastern-europe",
  MD: "eastern-europe",
  PL: "eastern-europe",
  RO: "eastern-europe",
  SK: "eastern-europe",
  UA: "eastern-europe",
  AM: "western-asia",
  AZ: "western-asia",
  CY: "western-asia",
  GE: "western-asia",
  TR: "western-asia",
};
