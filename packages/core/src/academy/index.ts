import type { DataService } from "../data/service.ts";
import { authoringUseCases } from "./authoring.ts";
import { catalogueUseCases } from "./catalogue.ts";
import { publishingUseCases } from "./publishing.ts";

/** The academy: course authoring, publication and the public catalogue. */
export function academyUseCases(data: DataService, now: () => Date = () => new Date()) {
  return {
    drafts: authoringUseCases(data, now),
    publishing: publishingUseCases(data, now),
    catalogue: catalogueUseCases(data),
  };
}
