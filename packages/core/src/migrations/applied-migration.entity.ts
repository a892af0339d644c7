import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";

/**
 * The table's own record of a data migration (decision 0043): written when a run
 * starts, after each page it finishes (`cursor`, so an interrupted run resumes there)
 * and when it is done (`state: "applied"`). Every record sits in one partition, so
 * the runner reads them all with one Query. A dry run writes none.
 */
export const AppliedMigrationEntity = defineEntity({
  model: { entity: "migration", version: "1", service: SERVICE_NAME },
  attributes: {
    migrationId: { type: "string", required: true, readOnly: true },
    title: { type: "string", required: true },
    state: { type: ["running", "applied"] as const, required: true },
    /** Where the next page starts; absent before the first page and once applied. */
    cursor: { type: "string" },
    /** Items read and items changed, over every run of this migration. */
    seen: { type: "number", required: true },
    changed: { type: "number", required: true },
    startedAt: { type: "string", required: true },
    finishedAt: { type: "string" },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: [] },
      sk: { field: "sk", composite: ["migrationId"] },
    },
  },
});
