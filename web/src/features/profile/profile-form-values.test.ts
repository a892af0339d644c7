import type { Profile } from "@alliance/core/web";
import { describe, expect, it } from "vitest";
import { changesFrom, validateProfile, valuesOf } from "./profile-form-values.ts";

const profile: Profile = {
  userId: "usr_01J9ZC3V6D8R1F3W5S9K2M4N7P",
  username: "mayor",
  displayName: "Ana Mayor",
  position: "mayor",
  cityId: null,
  preferredLanguage: "en",
  roles: [],
  createdAt: "2026-01-01T00:00:00.000Z",
  updatedAt: "2026-01-01T00:00:00.000Z",
  version: 3,
};

describe("profile form values", () => {
  it("sends only the fields that changed, with empty choices as null", () => {
    const values = { ...valuesOf(profile), displayName: "  Ana M.  ", position: "" as const };
    expect(changesFrom(profile, values)).toEqual({ displayName: "Ana M.", position: null });
    expect(changesFrom(profile, valuesOf(profile))).toEqual({});
  });

  it("explains a display name that is too short or too long with the schema's bounds", () => {
    expect(validateProfile({ ...valuesOf(profile), displayName: " A " })).toEqual({
      displayName: { key: "profile.errors.displayNameShort", values: { min: 2 } },
    });
    expect(validateProfile({ ...valuesOf(profile), displayName: "x".repeat(81) })).toEqual({
      displayName: { key: "profile.errors.displayNameLong", values: { max: 80 } },
    });
  });

  it("flags a city id that is not one", () => {
    expect(validateProfile({ ...valuesOf(profile), cityId: "paris" })).toEqual({
      cityId: { key: "profile.errors.cityIdInvalid" },
    });
    expect(validateProfile(valuesOf(profile))).toEqual({});
  });
});
