import { CustomAttributeType, type EntityItem } from "electrodb";
import { defineEntity } from "../data/entity.ts";
import { SERVICE_NAME } from "../data/service-name.ts";
import { timestamps } from "../data/timestamps.ts";
import { CATALOG_INDEX } from "../schema/table.ts";
import { CITY_STATUSES } from "../taxonomy/cities.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import {
  EVIDENCE_LEVELS,
  ITEM_KINDS,
  ITEM_STATUSES,
  type RevisionStatus,
  VISIBILITIES,
} from "../taxonomy/exchange.ts";
import type { Attachment, ItemFields } from "./schemas.ts";

/** A listed file as stored: what the API shows, plus where its checked bytes are. */
export type StoredAttachment = Attachment & {
  /**
   * The checked copy, under `files/` (checked-files.ts). Files confirmed before
   * decision 0014 have none: they stay at their folder key, whose upload URL expired long ago.
   */
  objectKey?: string;
};

/** A translation of an item's text into one interface language (decision 0081). */
export interface StoredTranslation {
  title: string;
  summary: string;
  description: string;
  updatedAt: string;
  /**
   * The original's text it was made from (translation-freshness.ts, decision 0093):
   * when the original changes, the translation may be out of date. Absent before then.
   */
  madeFrom?: string;
}

/** An item's translations, by language (one of UI_LOCALES, never the item's first language). */
export type StoredTranslations = Partial<Record<string, StoredTranslation>>;

/** A pending revision as stored: the whole proposed content, beside the published one. */
export interface StoredRevision {
  fields: ItemFields;
  attachments: StoredAttachment[];
  /** The translations as they would read once approved; absent in revisions saved before them. */
  translations?: StoredTranslations;
  status: RevisionStatus;
  /** Who last saved it. */
  by: string;
  byName: string;
  updatedAt: string;
}

const stringList = { type: "list", items: { type: "string" }, required: true } as const;

/**
 * An initiative, experience or resource of one city. Nested values (period,
 * contact, links, attachments) are validated by zod at the edges and stored as
 * they are. `changedAt` moves on every write: both indexes sort by it, and the
 * search catalogue reads the `catalog` index for what changed since it last looked.
 * `revision` is the pending revision of a published item: proposed fields and
 * files that nobody outside the city and the administrators ever reads
 * (docs/decisions/0013-revisions-and-permissions.md).
 */
export const ExchangeItemEntity = defineEntity({
  model: { entity: "exchangeItem", version: "1", service: SERVICE_NAME },
  attributes: {
    itemId: { type: "string", required: true, readOnly: true },
    cityId: { type: "string", required: true, readOnly: true },
    cityName: { type: "string", required: true },
    country: { type: COUNTRIES, required: true },
    ownerId: { type: "string", required: true, readOnly: true },
    kind: { type: ITEM_KINDS, required: true },
    status: { type: ITEM_STATUSES, required: true },
    title: { type: "string", required: true },
    summary: { type: "string", required: true },
    description: { type: "string", required: true },
    themes: stringList,
    targetGroups: stringList,
    stakeholders: stringList,
    languages: stringList,
    tags: stringList,
    period: { type: "any", required: true },
    evidenceLevel: { type: EVIDENCE_LEVELS, required: true },
    outcomes: { type: "string", required: true },
    contact: { type: "any", required: true },
    links: { type: "any", required: true },
    attachments: { type: "any", required: true },
    visibility: { type: VISIBILITIES, required: true },
    changedAt: { type: "string", required: true },
    lastReviewedAt: { type: "string" },
    publishedAt: { type: "string" },
    revision: { type: CustomAttributeType<StoredRevision>("any") },
    /**
     * The published translations of title, summary and description, by language
     * (decision 0081): a map on the item, so every change to them moves its version
     * and `changedAt` and reaches search through the catalogue and the stream.
     */
    translations: { type: CustomAttributeType<StoredTranslations>("any") },
    ...timestamps,
    /**
     * Its city's membership status, copied by the `city-status-marks` consumer when
     * it changes (decision 0034); absent while the city is active.
     */
    cityStatus: { type: CITY_STATUSES },
  },
  indexes: {
    byId: {
      pk: { field: "pk", composite: ["itemId"] },
      sk: { field: "sk", composite: [] },
    },
    byCity: {
      index: "gsi1",
      pk: { field: "gsi1pk", composite: ["cityId"] },
      sk: { field: "gsi1sk", composite: ["changedAt", "itemId"] },
    },
    catalog: {
      index: CATALOG_INDEX,
      pk: { field: "gsi2pk", composite: [] },
      sk: { field: "gsi2sk", composite: ["changedAt", "itemId"] },
    },
  },
});

/** An item as stored: published fields and files, and any pending revision. */
export type StoredItem = EntityItem<typeof ExchangeItemEntity>;

/** The fields lists and search read: the catalogue keeps these of every item, not the whole item. */
export const CATALOG_FIELDS = [
  "itemId",
  "kind",
  "status",
  "title",
  "summary",
  "cityId",
  "cityName",
  "country",
  "themes",
  "targetGroups",
  "stakeholders",
  "languages",
  "evidenceLevel",
  "tags",
  "visibility",
  "createdAt",
  "updatedAt",
  "changedAt",
  "lastReviewedAt",
  "publishedAt",
  "version",
  "cityStatus",
] as const;

/**
 * An item as the catalogue holds it (catalog-store.ts): what a summary shows,
 * and of the pending revision only its status. No description, contact or files,
 * so the catalogue and its search snapshot stay small.
 */
export type CatalogEntry = Pick<StoredItem, (typeof CATALOG_FIELDS)[number]> & {
  revision?: Pick<StoredRevision, "status">;
  /** Of each published translation, what a summary shows and search indexes. */
  translations?: Partial<Record<string, Pick<StoredTranslation, "title" | "summary">>>;
};

export function catalogEntry(item: CatalogEntry): CatalogEntry {
  const entry = Object.fromEntries(
    CATALOG_FIELDS.filter((field) => item[field] !== undefined).map((field) => [
      field,
      item[field],
    ]),
  ) as unknown as CatalogEntry;
  if (item.revision) entry.revision = { status: item.revision.status };
  const translations = Object.entries(item.translations ?? {}).flatMap(([language, text]) =>
    text ? [[language, { title: text.title, summary: text.summary }] as const] : [],
  );
  if (translations.length > 0) entry.translations = Object.fromEntries(translations);
  return entry;
}
