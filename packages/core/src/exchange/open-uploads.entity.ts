import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { tableSchema } from "../schema/table.ts";

/**
 * The uploads one holder (an item, a course, or a user) has declared and not
 * yet confirmed: a string set of `<expiresAt>#<attachmentId>`, expiry in epoch
 * seconds. Declaring adds an entry only while `size(uploads)` is under the
 * holder's cap, one conditional write, so concurrent declarations never pass
 * the cap; entries whose time is past no longer count and are pruned. The
 * item itself expires (TTL) with the latest entry it was given.
 */
export const OpenUploadsEntity = defineEntity({
  model: { entity: "openUploads", version: "1", service: SERVICE_NAME },
  attributes: {
    holderId: { type: "string", required: true, readOnly: true },
    uploads: { type: "set", items: "string" },
    expiresAt: { type: "number", field: tableSchema.ttlAttribute },
  },
  indexes: {
    byHolder: {
      pk: { field: "pk", composite: ["holderId"] },
      sk: { field: "sk", composite: [] },
    },
  },
});
