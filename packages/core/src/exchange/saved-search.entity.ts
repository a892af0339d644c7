import { CustomAttributeType, type EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import type { SavedSearchCriteria } from "./saved-search-schemas.ts";

/**
 * A member's saved exchange search (decision 0079), in the member's own partition (one
 * Query lists theirs), and every one in one `gsi2` partition: what the notifications
 * consumer reads when an item is published, to tell the owners of those it matches.
 * `criteria` is the search's query as the search schema parsed it.
 */
export const SavedSearchEntity = defineEntity({
  model: { entity: "savedSearch", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    savedSearchId: { type: "string", required: true, readOnly: true },
    createdAt: { type: "string", required: true, readOnly: true },
    /** The owner's platform id: whom a match notifies. */
    ownerId: { type: "string", required: true, readOnly: true },
    name: { type: "string", required: true, readOnly: true },
    criteria: { type: CustomAttributeType<SavedSearchCriteria>("any"), required: true },
  },
  indexes: {
    byPerson: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: ["savedSearchId"] },
    },
    all: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: [] },
      sk: { field: "gsi2sk", composite: ["savedSearchId"] },
    },
  },
});
export type StoredSavedSearch = EntityItem<typeof SavedSearchEntity>;
