import type { Position, Role, UiLocale } from "@alliance/core";
import { DEMO_CITIES, type DemoCityId } from "./demo-cities.ts";

/** One demo sign-in and the profile seeded for it. */
export interface DemoUser {
  /** Stable handle for tests: `DEMO_USERS.find((u) => u.key === "trainer")`. */
  key: string;
  /** Who this account stands for, as shown in the README and the CLI's table. */
  label: string;
  username: string;
  password: string;
  groups: readonly Role[];
  userId: string;
  displayName: string;
  position: Position;
  cityId?: DemoCityId;
  preferredLanguage: UiLocale;
}

/** Meets Cognito's default policy (upper, lower, digit, symbol), so it works anywhere. */
export const DEMO_PASSWORD = "Demo-pass-2026";

const [aarhus, rotterdam, lyon] = DEMO_CITIES;

/**
 * One sign-in per kind of user. Seeded only into local emulators (seed.ts
 * refuses anything else): these passwords are public.
 */
export const DEMO_USERS = [
  {
    key: "representative",
    label: "Elected representative (French)",
    username: "demo-elected",
    password: DEMO_PASSWORD,
    groups: [],
    userId: "usr_01JD5EEDDEM000000000REPRES",
    displayName: "Claire Moreau",
    position: "deputy-mayor",
    cityId: lyon.cityId,
    preferredLanguage: "fr",
  },
  {
    key: "contributorA",
    label: `Contributor of ${aarhus.name}`,
    username: "demo-aarhus",
    password: DEMO_PASSWORD,
    groups: ["contributor"],
    userId: "usr_01JD5EEDDEM000000000AARHVS",
    displayName: "Jonas Lund",
    position: "city-officer",
    cityId: aarhus.cityId,
    preferredLanguage: "en",
  },
  {
    key: "contributorB",
    label: `Contributor of ${rotterdam.name}`,
    username: "demo-rotterdam",
    password: DEMO_PASSWORD,
    groups: ["contributor"],
    userId: "usr_01JD5EEDDEM00000000R0TTERD",
    displayName: "Noor Bakker",
    position: "practitioner",
    cityId: rotterdam.cityId,
    preferredLanguage: "en",
  },
  {
    key: "trainer",
    label: "Trainer",
    username: "demo-trainer",
    password: DEMO_PASSWORD,
    groups: ["trainer"],
    userId: "usr_01JD5EEDDEM00000000TRA1NER",
    displayName: "Marta Kowalska",
    position: "trainer",
    preferredLanguage: "en",
  },
  {
    key: "admin",
    label: "Administrator",
    username: "demo-admin",
    password: DEMO_PASSWORD,
    groups: ["admin"],
    userId: "usr_01JD5EEDDEM0000000000ADM1N",
    displayName: "Daniel Okafor",
    position: "other",
    preferredLanguage: "en",
  },
] as const satisfies readonly DemoUser[];

export type DemoUserKey = (typeof DEMO_USERS)[number]["key"];
