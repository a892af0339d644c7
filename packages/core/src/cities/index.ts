/** Member cities: their profiles, public to read, edited by their contributors; the directory and membership status. */
export {
  assertKnownCity,
  cityAlreadyInAlliance,
  cityNamed,
  cityUseCases,
  newMemberCity,
} from "./cities.ts";
export type { CityItem } from "./city.entity.ts";
export {
  type MatchCandidate,
  type MatchProfile,
  matchCity,
  rankSimilarCities,
} from "./matching.ts";
export { assertActiveMember, membershipStatusUseCases, statusOf } from "./membership-status.ts";
export * from "./schemas.ts";
export { similarCitiesUseCase } from "./similar-cities.ts";
