import type { EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { timestamps } from "../data/timestamps.ts";
import { CITY_STATUSES } from "../taxonomy/cities.ts";
import { POPULATION_BANDS } from "../taxonomy/city-profile.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";

/** A member city of the alliance. All cities share one partition of gsi1, sorted by name. */
export const CityEntity = defineEntity({
  model: { entity: "city", version: "1", service: SERVICE_NAME },
  attributes: {
    cityId: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true },
    country: { type: COUNTRIES, required: true },
    region: { type: "string" },
    description: { type: "string", required: true },
    contactName: { type: "string" },
    contactEmail: { type: "string" },
    website: { type: "string" },
    population: { type: "number" },
    /** The day its membership application was approved (YYYY-MM-DD); absent for founding cities. */
    memberSince: { type: "string" },
    // What matching reads (docs/decisions/0035-cities-like-mine.md); absent until stated.
    populationBand: { type: POPULATION_BANDS },
    priorities: { type: "list", items: { type: "string" } },
    challenges: { type: "string" },
    languages: { type: "list", items: { type: "string" } },
    ...timestamps,
    /** Absent for every city that was never suspended nor left: active (decision 0034). */
    membershipStatus: { type: CITY_STATUSES },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["cityId"] },
      sk: { field: "sk", composite: [] },
    },
    byName: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: [] },
      sk: { field: "gsi1sk", composite: ["name", "cityId"] },
    },
  },
});

/** A city as stored. */
export type CityItem = EntityItem<typeof CityEntity>;
