/** Member cities: their profiles, public to read, edited by their contributors. */
export { assertKnownCity, cityUseCases } from "./cities.ts";
export * from "./schemas.ts";
