import type { DataService } from "../data/service.ts";
import { observationUseCases } from "./observations.ts";
import { pictureUseCases } from "./picture-reading.ts";

export type { ObservationItem } from "./observation.entity.ts";
export { pictureCells } from "./picture.ts";
export * from "./schemas.ts";
export { screenText } from "./screening.ts";

/**
 * The early-warning picture (decision 0069): members of a city record observations
 * of trends, screened for personal data; administrators review them; signed-in
 * members of the alliance see them aggregated by theme, country and month, no
 * figure standing on fewer than three cities.
 */
export function signalUseCases(data: DataService, now: () => Date = () => new Date()) {
  return { ...observationUseCases(data, now), ...pictureUseCases(data, now) };
}
