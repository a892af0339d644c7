import { cityPatchSchema, citySchema, isId, POSITIONS, ROLES, UI_LOCALES } from "@alliance/core";
import { describe, expect, it } from "vitest";
import { DEMO_CITIES, type DemoCity } from "./demo-cities.ts";
import { DEMO_CITY_PROFILES } from "./demo-city-profiles.ts";
import { DEMO_USERS } from "./demo-users.ts";
import { SEEDED_AT } from "./seed.ts";

describe("DEMO_CITIES", () => {
  it("has 4 to 6 cities with valid, unique ids", () => {
    expect(DEMO_CITIES.length).toBeGreaterThanOrEqual(4);
    expect(DEMO_CITIES.length).toBeLessThanOrEqual(6);
    for (const city of DEMO_CITIES) expect(isId("cty", city.cityId), city.cityId).toBe(true);
    expect(new Set(DEMO_CITIES.map((city) => city.cityId)).size).toBe(DEMO_CITIES.length);
  });

  it.each(DEMO_CITIES.map((city): [string, DemoCity] => [city.name, city]))(
    "%s reads back as core's City",
    (_name, city) => {
      const read = {
        region: null,
        contactName: null,
        contactEmail: null,
        website: null,
        population: null,
        memberSince: null,
        ...city,
        ...DEMO_CITY_PROFILES[city.cityId as keyof typeof DEMO_CITY_PROFILES],
        updatedAt: SEEDED_AT,
        version: 1,
      };
      expect(citySchema.parse(read)).toEqual(read);
    },
  );

  it.each(DEMO_CITIES.map((city) => [city.name, city.cityId] as const))(
    "%s has a matching profile its contributors could have saved",
    (_name, cityId) => {
      const profile = DEMO_CITY_PROFILES[cityId];
      expect(cityPatchSchema.parse(profile)).toEqual(profile);
    },
  );

  it("describes each city's prevention work in 2 or 3 sentences", () => {
    for (const city of DEMO_CITIES) {
      const sentences = city.description.split(/(?<=\.)\s+/);
      expect(sentences.length, city.name).toBeGreaterThanOrEqual(2);
      expect(sentences.length, city.name).toBeLessThanOrEqual(3);
    }
  });
});

describe("DEMO_USERS", () => {
  it("covers every role, plus someone with none (an elected representative)", () => {
    const groups = DEMO_USERS.flatMap((user) => [...user.groups]);
    expect(new Set(groups)).toEqual(new Set(ROLES));
    expect(DEMO_USERS.some((user) => user.groups.length === 0)).toBe(true);
  });

  it("has two contributors of two different cities", () => {
    const cities = DEMO_USERS.filter((user) =>
      (user.groups as readonly string[]).includes("contributor"),
    ).map((user) => ("cityId" in user ? user.cityId : undefined));
    expect(cities).toHaveLength(2);
    expect(new Set(cities).size).toBe(2);
  });

  it("has valid, unique ids, keys and usernames, and cities that exist", () => {
    const cityIds = new Set<string>(DEMO_CITIES.map((city) => city.cityId));
    for (const user of DEMO_USERS) {
      expect(isId("usr", user.userId), user.userId).toBe(true);
      if ("cityId" in user) expect(cityIds.has(user.cityId), user.key).toBe(true);
      expect(POSITIONS).toContain(user.position);
      expect(UI_LOCALES).toContain(user.preferredLanguage);
    }
    for (const field of ["key", "username", "userId"] as const) {
      expect(new Set(DEMO_USERS.map((user) => user[field])).size).toBe(DEMO_USERS.length);
    }
  });

  it("includes a French-speaking user", () => {
    expect(DEMO_USERS.some((user) => user.preferredLanguage === "fr")).toBe(true);
  });

  it("uses passwords that meet the deployed pools' policy (12+ characters, upper, lower, digit)", () => {
    for (const { password } of DEMO_USERS) {
      expect(password.length).toBeGreaterThanOrEqual(12);
      expect(password).toMatch(/[a-z]/);
      expect(password).toMatch(/[A-Z]/);
      expect(password).toMatch(/\d/);
    }
  });
});
