import type {
  CityItem,
  ObservationItem,
  ObservationStatus,
  SignalDirection,
  SignalIntensity,
  SignalTheme,
} from "@alliance/core";
import { DEMO_CITIES, type DemoCity } from "./demo-cities.ts";

/*
 * The early-warning picture's demo (decision 0069): five more member cities, so that
 * Denmark has four, and the Netherlands and Sweden two each, and six months of
 * observations. The picture shows Denmark's hate incidents every month (to Aarhus's
 * members too: three other cities), Denmark's online campaigns in the months three
 * other cities observed them, and hides the rest ("not enough observations").
 */

const [aarhus, rotterdam, lyon, , malmo] = DEMO_CITIES;

const city = (cityId: string, name: string, country: DemoCity["country"], region: string) => ({
  cityId,
  name,
  country,
  region,
  description: `${name} shares its observations in the alliance's early-warning picture.`,
});

export const DEMO_SIGNAL_CITIES: DemoCity[] = [
  city("cty_01JD5EEDC1TY000000000DENS", "Odense", "DK", "Syddanmark"),
  city("cty_01JD5EEDC1TY000000000AABG", "Aalborg", "DK", "Nordjylland"),
  city("cty_01JD5EEDC1TY000000000ESBJ", "Esbjerg", "DK", "Syddanmark"),
  city("cty_01JD5EEDC1TY000000000VTRC", "Utrecht", "NL", "Utrecht"),
  city("cty_01JD5EEDC1TY000000000GTBG", "Gothenburg", "SE", "Västra Götaland"),
];

const [odense, aalborg, esbjerg, utrecht, gothenburg] = DEMO_SIGNAL_CITIES as [
  DemoCity,
  DemoCity,
  DemoCity,
  DemoCity,
  DemoCity,
];

interface Plan {
  cities: DemoCity[];
  theme: SignalTheme;
  /** Months back from this one. */
  months: number[];
  direction: SignalDirection;
  intensity: SignalIntensity;
  note: string;
}

const PLANS: Plan[] = [
  {
    cities: [aarhus as DemoCity, odense, aalborg, esbjerg],
    theme: "hate-incidents",
    months: [0, 1, 2, 3, 4, 5],
    direction: "rising",
    intensity: "medium",
    note: "More stickers and graffiti with extremist symbols near schools and stations than a month before.",
  },
  {
    cities: [rotterdam as DemoCity, utrecht],
    theme: "online-campaigns",
    months: [0, 1, 2, 3, 4, 5],
    direction: "rising",
    intensity: "high",
    note: "Coordinated posts against the local reception centre spread in neighbourhood groups.",
  },
  {
    cities: [odense, aalborg, esbjerg],
    theme: "online-campaigns",
    months: [0, 1, 2],
    direction: "rising",
    intensity: "medium",
    note: "Posts against the municipality's integration work shared in local groups.",
  },
  {
    cities: [aarhus as DemoCity],
    theme: "online-campaigns",
    months: [1, 2, 3],
    direction: "stable",
    intensity: "medium",
    note: "The same campaign material reached local groups, at about last month's level.",
  },
  {
    cities: [lyon as DemoCity],
    theme: "recruitment-attempts",
    months: [0, 1, 2],
    direction: "falling",
    intensity: "low",
    note: "Youth workers report fewer approaches at sports clubs since the outreach started.",
  },
  {
    cities: [malmo as DemoCity, gothenburg],
    theme: "tensions-between-groups",
    months: [0, 1, 2, 3],
    direction: "stable",
    intensity: "medium",
    note: "Tensions between groups of young people in two districts after the summer continue.",
  },
];

const month = (now: Date, back: number) => {
  const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - back, 1));
  return at.toISOString().slice(0, 7);
};

/** A fixed id per observation (valid ULID characters), so a reseed writes nothing. */
const observationId = (index: number) => `obs_01JD5EEDS1GNA${String(index).padStart(11, "0")}`;

/** The demo observations as of `now`: approved, but the last two Aarhus ones wait or were sent back. */
export function demoSignalRows(now: Date): { cities: CityItem[]; observations: ObservationItem[] } {
  const stamp = now.toISOString();
  const stamps = { createdAt: stamp, updatedAt: stamp, version: 1 };
  const expiry = new Date(now);
  expiry.setUTCMonth(expiry.getUTCMonth() + 24);
  const observations: ObservationItem[] = [];
  for (const plan of PLANS) {
    for (const each of plan.cities) {
      for (const back of plan.months) {
        observations.push({
          observationId: observationId(observations.length + 1),
          cityId: each.cityId,
          cityName: each.name,
          country: each.country,
          theme: plan.theme,
          area: "Central districts",
          period: month(now, back),
          direction: plan.direction,
          intensity: plan.intensity,
          note: plan.note,
          status: "approved",
          expiresAt: Math.floor(expiry.getTime() / 1000),
          ...stamps,
        });
      }
    }
  }
  const waiting: Array<[ObservationStatus, string | undefined]> = [
    ["submitted", undefined],
    ["sent-back", "Name the district rather than the school, please."],
  ];
  for (const [status, reason] of waiting) {
    observations.push({
      observationId: observationId(observations.length + 1),
      cityId: (aarhus as DemoCity).cityId,
      cityName: (aarhus as DemoCity).name,
      country: "DK",
      theme: "attacks-on-officials",
      area: "Inner city",
      period: month(now, 0),
      direction: "rising",
      intensity: "medium",
      note: "Local councillors report more threatening messages after the budget debate.",
      status,
      ...(reason && { sentBackReason: reason }),
      expiresAt: Math.floor(expiry.getTime() / 1000),
      ...stamps,
    });
  }
  return {
    cities: DEMO_SIGNAL_CITIES.map((each) => ({ ...each, ...stamps })),
    observations,
  };
}
