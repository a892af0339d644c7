/*
 * A member city's standing in the alliance and the steps that change it: the values its
 * items store. Plain lists, without zod: the domain's ElectroDB entities, which a cold
 * start loads with the data service, read them without building its schemas (decision
 * 0112). `cities/schemas.ts` re-exports them.
 */

/**
 * Where a city stands in the alliance: `active` (every city until told otherwise),
 * `suspended` by the administrators (reinstatable), `former` once it has left.
 */
export const CITY_STATUSES = ["active", "suspended", "former"] as const;
export type CityStatus = (typeof CITY_STATUSES)[number];

export const CITY_STATUS_ACTIONS = ["suspended", "reinstated", "left"] as const;
export type CityStatusAction = (typeof CITY_STATUS_ACTIONS)[number];
