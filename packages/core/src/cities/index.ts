/** Member cities: their profiles, public to read, edited by their contributors. */
export { assertKnownCity, cityUseCases, newMemberCity } from "./cities.ts";
export type { CityItem } from "./city.entity.ts";
export {
  type MatchCandidate,
  type MatchProfile,
  matchCity,
  rankSimilarCities,
} from "./matching.ts";
export * from "./schemas.ts";
export { similarCitiesUseCase } from "./similar-cities.ts";
