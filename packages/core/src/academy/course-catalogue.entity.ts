import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";

/**
 * Every listed course's card in one item, so the public catalogue page is one GetItem
 * (decision 0104). `cards` is the JSON text of the cards (`CourseSummary[]`, newest
 * first), as each course's summary holds its own (`course-summary.entity.ts`). It is
 * written in the same transaction as every change of a summary, on the condition that
 * `version` is still the one read (`catalogue-cards.ts`), so concurrent publishes
 * never lose a card. About 1.4 KB a course: DynamoDB's 400 KB item limit is some 250
 * courses (decision 0104 says what to do then).
 */
export const CourseCatalogueEntity = defineEntity({
  model: { entity: "courseCatalogue", version: "1", service: SERVICE_NAME },
  attributes: {
    cards: { type: "string", required: true },
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
