import { CustomAttributeType } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { listingIndexes, listingState } from "./course.entity.ts";
import type { CourseSummary } from "./schemas.ts";

/** A lesson as a list of courses needs it: which to count, in the course's order. */
export interface LessonOutline {
  lessonId: string;
  optional: boolean;
}

/**
 * What a list of courses shows, about 1 KB where the course's listing holds the whole
 * learner view (about 12 KB with the demo courses): the catalogue, "courses that cite
 * this item", a learner's courses and the sitemap read these, the course page reads the
 * listing. Written in the same transaction as every change of the listing (publish,
 * unpublish, archive: publishing.ts), so a list and the course page never disagree
 * (decision 0025). Every summary sits in one `gsi2` partition, so a list is one Query.
 */
/** The card a summary holds. */
export const cardOf = (summary: { card: string }): CourseSummary => JSON.parse(summary.card);

export const CourseSummaryEntity = defineEntity({
  model: { entity: "courseSummary", version: "1", service: SERVICE_NAME },
  attributes: {
    ...listingState,
    /**
     * The card as the API answers it (CourseSummary), as JSON text: one string costs
     * DynamoDB and the SDK far less to read than the same data as nested maps, and
     * nothing queries inside it (decision 0025). Read it with `cardOf`.
     */
    card: { type: "string", required: true },
    /** Every lesson of the listed version, for a learner's progress in "my courses". */
    lessons: { type: CustomAttributeType<LessonOutline[]>("any"), required: true },
    /** Exchange items the listed version's lessons cite. */
    citedItemIds: { type: "list", items: { type: "string" }, required: true },
    publishedAt: { type: "string", required: true },
  },
  indexes: listingIndexes,
});
