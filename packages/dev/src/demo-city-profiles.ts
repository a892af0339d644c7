import type { ContentLanguage, PopulationBand, Theme } from "@alliance/core";
import type { DemoCityId } from "./demo-cities.ts";

/** What "cities like mine" reads on a demo city's profile. */
export interface DemoCityProfile {
  populationBand: PopulationBand;
  priorities: Theme[];
  challenges: string;
  languages: ContentLanguage[];
}

/**
 * The demo cities' matching profiles, chosen so that suggestions differ and say
 * something: Aarhus and Malmö share youth work and families, Rotterdam, Lyon and
 * Bologna multi-agency work and education, Mechelen is the smaller city.
 */
export const DEMO_CITY_PROFILES: Record<DemoCityId, DemoCityProfile> = {
  cty_01JD5EEDC1TY0000000000AARH: {
    populationBand: "250k-1m",
    priorities: [
      "youth-work",
      "exit-and-reintegration",
      "multi-agency-cooperation",
      "family-support",
    ],
    challenges: "Reaching young people drawn in online before their school or family notices.",
    languages: ["da", "en"],
  },
  cty_01JD5EEDC1TY0000000000R0TT: {
    populationBand: "250k-1m",
    priorities: ["polarisation", "multi-agency-cooperation", "education", "community-engagement"],
    challenges:
      "Tensions between districts after international events; keeping teachers confident.",
    languages: ["nl", "en"],
  },
  cty_01JD5EEDC1TY00000000001Y0N: {
    populationBand: "250k-1m",
    priorities: ["local-prevention-strategy", "multi-agency-cooperation", "education"],
    challenges: "Sharing information between partners while respecting professional secrecy.",
    languages: ["fr", "en"],
  },
  cty_01JD5EEDC1TY0000000000MECH: {
    populationBand: "50k-250k",
    priorities: ["youth-work", "community-engagement", "polarisation"],
    challenges: "A small team for a very diverse population.",
    languages: ["nl", "fr", "en"],
  },
  cty_01JD5EEDC1TY00000000000MAM: {
    populationBand: "250k-1m",
    priorities: ["online-radicalisation-and-hate", "family-support", "youth-work"],
    challenges: "Online hate aimed at young people, and families who do not know whom to ask.",
    languages: ["sv", "da", "en"],
  },
  cty_01JD5EEDC1TY0000000000B0GN: {
    populationBand: "250k-1m",
    priorities: [
      "community-engagement",
      "exit-and-reintegration",
      "prisons-and-probation",
      "education",
    ],
    challenges: "Support after prison for people leaving extremist circles.",
    languages: ["it", "en"],
  },
};
