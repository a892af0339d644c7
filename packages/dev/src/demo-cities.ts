import type { CityStatus, Country } from "@alliance/core";

/** A member city as seeded: the city entity's attributes without timestamps. */
export interface DemoCity {
  cityId: string;
  name: string;
  country: Country;
  region?: string;
  description: string;
  contactName?: string;
  contactEmail?: string;
  website?: string;
  population?: number;
  /** When its membership was approved; absent for the founding cities. */
  memberSince?: string;
  /** Absent: an active member (decision 0034). */
  membershipStatus?: CityStatus;
}

/**
 * Demo member cities. Fixed ids (hand-made, valid ULIDs) make reseeding a no-op
 * and let tests and demo users refer to them. Contacts are fictitious and use
 * the reserved `.example` domain; some fields are left out on purpose so the
 * app shows cities with and without them.
 */
export const DEMO_CITIES = [
  {
    cityId: "cty_01JD5EEDC1TY0000000000AARH",
    name: "Aarhus",
    country: "DK",
    region: "Central Denmark Region",
    description:
      "Aarhus treats prevention as ordinary welfare work: schools, social services, youth clubs and the police meet regularly to discuss young people who worry them, and agree together who reaches out. Trained mentors, parents' networks and local mosque associations take part, and people coming back from conflict zones are offered support with housing, education and work alongside any criminal case.",
    contactName: "Mette Holm",
    contactEmail: "prevention@aarhus.example",
    website: "https://www.aarhus.dk",
    population: 370000,
  },
  {
    cityId: "cty_01JD5EEDC1TY0000000000R0TT",
    name: "Rotterdam",
    country: "NL",
    region: "South Holland",
    description:
      "Rotterdam trains teachers, youth workers and neighbourhood officers to notice early signs of polarisation and to know whom to call. Concerns about individuals are weighed in a multi-agency safety house where the municipality, police, public prosecutor and care providers decide on a tailored plan. Community organisations and faith leaders help run dialogue evenings in districts where tensions run high.",
    contactName: "Sanne de Vries",
    contactEmail: "veiligheid@rotterdam.example",
    population: 670000,
  },
  {
    cityId: "cty_01JD5EEDC1TY00000000001Y0N",
    name: "Lyon",
    country: "FR",
    region: "Auvergne-Rhône-Alpes",
    description:
      "Lyon's local security and crime prevention council gives prevention a shared table: the prefecture, the courts, schools, social workers and associations follow situations of concern together. Training for municipal staff and partnerships with sports clubs and religious communities help frontline workers respond early and in proportion.",
    contactName: "Karim Benali",
    contactEmail: "prevention@lyon.example",
    website: "https://www.lyon.fr",
    population: 520000,
  },
  {
    cityId: "cty_01JD5EEDC1TY0000000000MECH",
    name: "Mechelen",
    country: "BE",
    region: "Flanders",
    description:
      "Mechelen invests in belonging: youth work, sports and neighbourhood projects bring together residents of more than a hundred nationalities. A local case consultation lets prevention officers, the police and social services discuss individual worries confidentially and agree on support instead of stigma.",
    population: 88000,
  },
  {
    cityId: "cty_01JD5EEDC1TY00000000000MAM",
    name: "Malmö",
    country: "SE",
    region: "Skåne",
    description:
      "Malmö coordinates its work against violent extremism through a city coordinator who links social services, schools, the police and civil society. Religious communities, youth organisations and libraries host conversations on democracy and online hate, and families who fear for a relative can ask for confidential advice.",
    contactEmail: "trygghet@malmo.example",
    memberSince: "2018-10-03",
    membershipStatus: "suspended",
  },
  {
    cityId: "cty_01JD5EEDC1TY0000000000B0GN",
    name: "Bologna",
    country: "IT",
    region: "Emilia-Romagna",
    description:
      "Bologna builds on its dense fabric of neighbourhood associations, cultural centres and volunteers to keep young people connected to their community. The city works with probation services, the university and interfaith groups on programmes about critical thinking, and with social workers on support for people leaving extremist circles.",
    website: "https://www.comune.bologna.it",
    population: 390000,
    memberSince: "2017-02-20",
    membershipStatus: "former",
  },
] as const satisfies readonly DemoCity[];

export type DemoCityId = (typeof DEMO_CITIES)[number]["cityId"];

/**
 * How the demo's suspended and former members came to be so (the cities' membership
 * logs): Malmö suspended, Bologna left, each recorded by the demo administrator.
 */
export const DEMO_CITY_STATUS_EVENTS = [
  {
    cityId: "cty_01JD5EEDC1TY00000000000MAM",
    cityName: "Malmö",
    at: "2025-01-05T10:00:00.000Z",
    eventId: "01JD5EEDC1TYSTATUS00000MAM1",
    action: "suspended",
    status: "suspended",
    reason:
      "Membership fees for 2024 are unpaid; the board suspended the membership until they are settled.",
  },
  {
    cityId: "cty_01JD5EEDC1TY0000000000B0GN",
    cityName: "Bologna",
    at: "2025-01-04T10:00:00.000Z",
    eventId: "01JD5EEDC1TYSTATUS0000B0GN1",
    action: "left",
    status: "former",
    reason: "The city council decided to leave the alliance and join a national network instead.",
  },
] as const;
