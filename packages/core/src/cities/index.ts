/** Member cities: their profiles, public to read, edited by their contributors. */
export { assertKnownCity, cityUseCases, newMemberCity } from "./cities.ts";
export type { CityItem } from "./city.entity.ts";
export * from "./schemas.ts";
