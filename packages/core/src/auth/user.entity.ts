import type { EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { timestamps } from "../data/timestamps.ts";
import { UI_LOCALES } from "../taxonomy/locales.ts";
import { POSITIONS } from "../taxonomy/positions.ts";

/**
 * A person's profile, keyed by the identity provider's subject so that the
 * profile of a signed-in caller is one GetItem; `userId` is the platform's id.
 */
export const UserEntity = defineEntity({
  model: { entity: "user", version: "1", service: SERVICE_NAME },
  attributes: {
    subject: { type: "string", required: true, readOnly: true },
    userId: { type: "string", required: true, readOnly: true },
    username: { type: "string", required: true, readOnly: true },
    displayName: { type: "string", required: true },
    position: { type: POSITIONS },
    cityId: { type: "string" },
    preferredLanguage: { type: UI_LOCALES, required: true },
    /** Set while an administrator has suspended the person: every API call is refused (403). */
    suspendedAt: { type: "string" },
    suspensionReason: { type: "string" },
    /** The display name as administrators search it; kept by ElectroDB on every write of the name. */
    searchName: {
      type: "string",
      watch: ["displayName"],
      set: (_, { displayName }) =>
        typeof displayName === "string" ? searchNameOf(displayName) : undefined,
    },
    ...timestamps,
  },
  indexes: {
    bySubject: {
      pk: { field: "pk", composite: ["subject"] },
      sk: { field: "sk", composite: [] },
    },
    byUserId: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["userId"] },
      sk: { field: "gsi1sk", composite: [] },
    },
    /** Everyone in one `gsi2` partition, by name: the administrators' people search is one Query. */
    byName: {
      index: "gsi2",
      pk: { field: "gsi2pk", composite: [] },
      sk: { field: "gsi2sk", composite: ["searchName"] },
    },
  },
});

/** A profile as stored. */
export type UserItem = EntityItem<typeof UserEntity>;

/**
 * A name as search compares it: lower case, without accents or extra spaces, so
 * "zoe" finds "Zoë" and "Jonas  LUND" finds "Jonas Lund".
 */
export function searchNameOf(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}
