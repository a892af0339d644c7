import { z } from "zod";
import { PAGE_SIZE } from "../data/page-size.ts";
import { idPattern } from "../schema/ids.ts";
import { uniqueList } from "../schema/unique-list.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import {
  EVIDENCE_LEVELS,
  ITEM_KINDS,
  ITEM_STATUSES,
  MODERATION_ACTIONS,
  REVIEW_DECISIONS,
  REVISION_STATUSES,
  STAKEHOLDERS,
  TARGET_GROUPS,
  THEMES,
  VISIBILITIES,
} from "../taxonomy/exchange.ts";
import { CONTENT_LANGUAGES, UI_LOCALES } from "../taxonomy/locales.ts";
import { facetParam, listParam } from "../validation/list-param.ts";

export * from "./attachment-schemas.ts";

const isoDate = z.iso.date();
export const itemIdSchema = z
  .string()
  .regex(idPattern("xch"), "Expected an item id such as xch_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const itemPathSchema = z.object({ itemId: itemIdSchema });

const periodSchema = z
  .strictObject({
    start: isoDate.nullable(),
    end: isoDate.nullable(),
    ongoing: z.boolean(),
  })
  .refine((period) => !(period.ongoing && period.end), {
    message: "An ongoing item has no end date",
    path: ["end"],
  })
  .refine((period) => !period.start || !period.end || period.end >= period.start, {
    message: "The end cannot be before the start",
    path: ["end"],
  });

const contactSchema = z.strictObject({
  name: z.string().trim().max(120),
  role: z.string().trim().max(120),
  email: z.union([z.email("Expected an e-mail address").max(254), z.literal("")]),
});

const linkSchema = z.strictObject({
  label: z.string().trim().min(1).max(120),
  url: z.url({ protocol: /^https?$/, error: "Expected an http(s) address" }).max(2000),
});

/**
 * Every editable field of an item. A draft may leave most of them empty;
 * submitting for review checks that what a reader needs is there.
 */
export const itemFieldsSchema = z.strictObject({
  kind: z.enum(ITEM_KINDS),
  title: z.string().trim().min(3, "At least 3 characters").max(160, "At most 160 characters"),
  summary: z.string().trim().max(600, "At most 600 characters"),
  description: z.string().max(20_000, "At most 20,000 characters"),
  themes: uniqueList(z.enum(THEMES), THEMES.length),
  targetGroups: uniqueList(z.enum(TARGET_GROUPS), TARGET_GROUPS.length),
  stakeholders: uniqueList(z.enum(STAKEHOLDERS), STAKEHOLDERS.length),
  languages: uniqueList(z.enum(CONTENT_LANGUAGES), 10),
  period: periodSchema,
  evidenceLevel: z.enum(EVIDENCE_LEVELS),
  outcomes: z.string().max(4000, "At most 4,000 characters"),
  contact: contactSchema,
  links: z.array(linkSchema).max(10),
  tags: uniqueList(z.string().trim().toLowerCase().min(2).max(40), 12),
  visibility: z.enum(VISIBILITIES),
});

export type ItemFields = z.infer<typeof itemFieldsSchema>;

/**
 * The languages an item's text may be translated into: the interface's (decision 0081).
 * A translation is never in the item's own language, its first of `languages`.
 */
export const TRANSLATION_LANGUAGES = UI_LOCALES;
export type TranslationLanguage = (typeof TRANSLATION_LANGUAGES)[number];
export const translationPathSchema = z.object({
  itemId: itemIdSchema,
  language: z.enum(TRANSLATION_LANGUAGES),
});

/** A translation's text: the same fields, limits and trimming as the item's own. */
export const translationFieldsSchema = itemFieldsSchema
  .pick({ title: true, summary: true, description: true })
  .meta({ id: "ExchangeItemTranslationFields" });
export type TranslationFields = z.infer<typeof translationFieldsSchema>;
/** A translation as the editor's form holds it: its language and its text. */
export const translationInputSchema = translationFieldsSchema.extend({
  language: z.enum(TRANSLATION_LANGUAGES),
});

export const translationSchema = z
  .object({
    language: z.enum(TRANSLATION_LANGUAGES),
    title: z.string(),
    summary: z.string(),
    description: z.string(),
    updatedAt: z.iso.datetime(),
    /**
     * The original's title, summary or description changed since this translation
     * was made (decision 0093): it may be out of date until it is saved again.
     */
    originalChanged: z.boolean(),
  })
  .meta({ id: "ExchangeItemTranslation" });
export type Translation = z.infer<typeof translationSchema>;

/**
 * The language to read an item's text in: its translation into `lang` when there is
 * one, else its own text. Without `lang`, always its own text (the editor's view).
 */
const langParam = z
  .enum(CONTENT_LANGUAGES)
  .optional()
  .describe("Read the text in this language when the item has a translation into it");
export const itemReadQuerySchema = z.object({ lang: langParam });
export type ItemReadQuery = z.infer<typeof itemReadQuerySchema>;

/** Creating a draft: a kind and a title are enough to start. */
export const itemCreateSchema = itemFieldsSchema
  .partial()
  .required({ kind: true, title: true })
  .meta({ id: "ExchangeItemCreate" });
export type ItemCreate = z.infer<typeof itemCreateSchema>;

export const itemPatchSchema = itemFieldsSchema
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, { message: "Change at least one field" })
  .meta({ id: "ExchangeItemPatch" });
export type ItemPatch = z.infer<typeof itemPatchSchema>;

export const attachmentSchema = z
  .object({
    attachmentId: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    uploadedAt: z.iso.datetime(),
  })
  .meta({ id: "Attachment" });

export type Attachment = z.infer<typeof attachmentSchema>;

export const moderationEventSchema = z
  .object({
    action: z.enum(MODERATION_ACTIONS),
    by: z.string(),
    byName: z.string(),
    comment: z.string().nullable(),
    at: z.iso.datetime(),
  })
  .meta({ id: "ModerationEvent" });
export type ModerationEvent = z.infer<typeof moderationEventSchema>;

const summaryShape = {
  itemId: z.string(),
  kind: z.enum(ITEM_KINDS),
  status: z.enum(ITEM_STATUSES),
  title: z.string(),
  summary: z.string(),
  cityId: z.string(),
  cityName: z.string(),
  country: z.enum(COUNTRIES),
  themes: z.array(z.enum(THEMES)),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  stakeholders: z.array(z.enum(STAKEHOLDERS)),
  languages: z.array(z.enum(CONTENT_LANGUAGES)),
  evidenceLevel: z.enum(EVIDENCE_LEVELS),
  tags: z.array(z.string()),
  visibility: z.enum(VISIBILITIES),
  updatedAt: z.iso.datetime(),
  lastReviewedAt: z.iso.datetime().nullable(),
  publishedAt: z.iso.datetime().nullable(),
  /** Not updated nor reviewed for two years. */
  outdated: z.boolean(),
  /** Where the pending revision of a published item stands; null for readers outside its city and administrators. */
  revisionStatus: z.enum(REVISION_STATUSES).nullable(),
  /** Published by a city that has since left the alliance (decision 0034). */
  fromFormerMember: z.boolean(),
  /** The item's own language when title and summary (and description) are a translation; else null. */
  translatedFrom: z.enum(CONTENT_LANGUAGES).nullable(),
  /** The languages it has a published translation into. */
  translatedInto: z.array(z.enum(TRANSLATION_LANGUAGES)),
};

export const itemSummarySchema = z.object(summaryShape).meta({ id: "ExchangeItemSummary" });
export type ItemSummary = z.infer<typeof itemSummarySchema>;

/**
 * Proposed changes to a published item, waiting for review: every field as it
 * would read once approved, and its files. Only the item's city and administrators see it.
 */
export const revisionSchema = z
  .object({
    status: z.enum(REVISION_STATUSES),
    fields: itemFieldsSchema,
    attachments: z.array(attachmentSchema),
    /** The translations as they would read once approved. */
    translations: z.array(translationSchema),
    byName: z.string(),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: "ExchangeItemRevision" });
export type Revision = z.infer<typeof revisionSchema>;

/**
 * What the caller may do with the item now, decided by the same rules that guard
 * each action (item-policy.ts), so the web shows only what will be allowed.
 */
export const itemActionsSchema = z
  .object({
    /** Change its fields (of a published item: its pending revision). */
    edit: z.boolean(),
    /** Attach or remove files (of a published item: in its pending revision). */
    addFiles: z.boolean(),
    /** Send the draft, or the pending revision, to review. */
    submit: z.boolean(),
    /** Discard the pending revision; the published text stays. */
    withdrawRevision: z.boolean(),
    /** Add, change or remove translations (of a published item, its city's go to its revision). */
    translate: z.boolean(),
    /** Approve or request changes (administrators). */
    review: z.boolean(),
    archive: z.boolean(),
    /** Save it under "Saved". */
    bookmark: z.boolean(),
  })
  .meta({ id: "ExchangeItemActions" });
export type ItemActions = z.infer<typeof itemActionsSchema>;

/**
 * The whole item. `contact` is null for signed-out readers; `moderation` and
 * `revision` are for its city and admins; `actions` says what the caller may do.
 */
export const itemSchema = z
  .object({
    ...summaryShape,
    description: z.string(),
    /**
     * The text above is a translation (`translatedFrom`) made before the original's
     * last change: it may be out of date (decision 0093). False for the original.
     */
    originalChangedSinceTranslation: z.boolean(),
    period: periodSchema,
    outcomes: z.string(),
    contact: contactSchema.nullable(),
    links: z.array(linkSchema),
    attachments: z.array(attachmentSchema),
    /** The published translations, whatever language the text above is in. */
    translations: z.array(translationSchema),
    ownerId: z.string(),
    createdAt: z.iso.datetime(),
    version: z.number().int().positive(),
    moderation: z.array(moderationEventSchema).nullable(),
    revision: revisionSchema.nullable(),
    actions: itemActionsSchema,
  })
  .meta({ id: "ExchangeItem" });
export type Item = z.infer<typeof itemSchema>;

export const reviewSchema = z
  .strictObject({
    decision: z.enum(REVIEW_DECISIONS),
    comment: z.string().trim().max(2000).optional(),
  })
  .refine((review) => review.decision === "approve" || (review.comment ?? "").length >= 5, {
    message: "Tell the contributor what to change (at least 5 characters)",
    path: ["comment"],
  })
  .meta({ id: "Review" });
export type Review = z.infer<typeof reviewSchema>;

/** `relevance` ranks by how well the keywords match (newest first without keywords). */
export const SEARCH_SORTS = ["newest", "updated", "relevance"] as const;

export const searchQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  kind: facetParam(ITEM_KINDS),
  theme: facetParam(THEMES),
  targetGroup: facetParam(TARGET_GROUPS),
  stakeholder: facetParam(STAKEHOLDERS),
  country: facetParam(COUNTRIES),
  cityId: listParam(z.string().regex(idPattern("cty"), "Expected a city id"), 50),
  language: facetParam(CONTENT_LANGUAGES),
  evidence: facetParam(EVIDENCE_LEVELS),
  sort: z.enum(SEARCH_SORTS).default("newest"),
  lang: langParam,
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE.max).optional(),
  cursor: z.string().min(1).max(512).optional(),
});
export type SearchQuery = z.infer<typeof searchQuerySchema>;

export const FACET_NAMES = [
  "kind",
  "theme",
  "targetGroup",
  "stakeholder",
  "country",
  "language",
  "evidence",
] as const;
export type FacetName = (typeof FACET_NAMES)[number];

export const searchPageSchema = z
  .object({
    items: z.array(itemSummarySchema),
    cursor: z.string().nullable(),
    total: z.number().int(),
    /** For each facet, how many matching items carry each value (given the other filters). */
    facets: z.record(z.enum(FACET_NAMES), z.record(z.string(), z.number().int())),
  })
  .meta({ id: "ExchangeSearchPage" });
export type SearchPage = z.infer<typeof searchPageSchema>;

export const itemListSchema = z
  .object({ items: z.array(itemSummarySchema), cursor: z.string().nullable() })
  .meta({ id: "ExchangeItemList" });
