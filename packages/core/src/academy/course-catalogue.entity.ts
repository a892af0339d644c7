import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";

/**
 * Every listed course's card in one item, so the public catalogue page is one GetItem
 * (decision 0104). `cards` is the JSON text of the cards (`CourseSummary[]`, newest
 * first), as each course's summary holds its own (`course-summary.entity.ts`). It is
 * written in the same transaction as every change of a summary, on the condition that
 * `version` is still the one read (`catalogue-cards.ts`), so concurrent publishes
 * never lose a card. About 1.4 KB a course: past CATALOGUE_MAX_BYTES (300 KB, under
 * DynamoDB's 400 KB an item) the item keeps no cards (decision 0104).
 */
export const CourseCatalogueEntity = defineEntity({
  model: { entity: "courseCatalogue", version: "1", service: SERVICE_NAME },
  attributes: {
    /** Absent once the cards outgrow CATALOGUE_MAX_BYTES: then the catalogue reads the summaries. */
    cards: { type: "string" },
    /** One more on every write; each write is conditional on the one it read. */
    version: { type: "number", required: true },
    updatedAt: { type: "string", required: true },
  },
  indexes: {
    only: {
      pk: { field: "pk", composite: [] },
      sk: { field: "sk", composite: [] },
    },
  },
});
