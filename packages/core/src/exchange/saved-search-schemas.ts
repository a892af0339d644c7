import { z } from "zod";
import { idPattern } from "../schema/ids.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import {
  EVIDENCE_LEVELS,
  ITEM_KINDS,
  STAKEHOLDERS,
  TARGET_GROUPS,
  THEMES,
} from "../taxonomy/exchange.ts";
import { CONTENT_LANGUAGES } from "../taxonomy/locales.ts";
import { FACET_NAMES, SEARCH_SORTS, searchQuerySchema } from "./schemas.ts";

/** A member keeps at most this many saved searches: each new item is matched against all. */
export const MAX_SAVED_SEARCHES = 20;

/** The search's own criteria: its query without the page. */
const searchCriteriaSchema = searchQuerySchema.omit({ cursor: true, limit: true }).strict();

/** The criteria as a JSON body gives them: each filter a list of its taxonomy's values. */
const criteriaBodySchema = z.strictObject({
  q: z.string().max(200).optional(),
  kind: z.array(z.enum(ITEM_KINDS)).max(ITEM_KINDS.length).optional(),
  theme: z.array(z.enum(THEMES)).max(THEMES.length).optional(),
  targetGroup: z.array(z.enum(TARGET_GROUPS)).max(TARGET_GROUPS.length).optional(),
  stakeholder: z.array(z.enum(STAKEHOLDERS)).max(STAKEHOLDERS.length).optional(),
  country: z.array(z.enum(COUNTRIES)).max(COUNTRIES.length).optional(),
  language: z.array(z.enum(CONTENT_LANGUAGES)).max(CONTENT_LANGUAGES.length).optional(),
  evidence: z.array(z.enum(EVIDENCE_LEVELS)).max(EVIDENCE_LEVELS.length).optional(),
  cityId: z.array(z.string().max(40)).max(50).optional(),
  sort: z.enum(SEARCH_SORTS).optional(),
});

/**
 * What a saved search keeps: the exchange search's own query parameters, without the
 * page (cursor, limit), parsed by the search's own schema (so the same filters, limits
 * and errors). In a JSON body each filter is a list of its taxonomy's values, as the
 * search's schema gives them back, so the document says which values it takes; a
 * parameter it does not know is refused rather than dropped.
 */
export const savedSearchCriteriaSchema = criteriaBodySchema.pipe(
  searchCriteriaSchema as unknown as z.ZodType<
    z.output<typeof searchCriteriaSchema>,
    z.output<typeof criteriaBodySchema>
  >,
);
export type SavedSearchCriteria = z.infer<typeof savedSearchCriteriaSchema>;

export const savedSearchCreateSchema = z
  .strictObject({
    name: z.string().trim().min(1).max(80),
    criteria: savedSearchCriteriaSchema,
  })
  .meta({ id: "SavedSearchCreate" });
export type SavedSearchCreate = z.infer<typeof savedSearchCreateSchema>;

const savedSearchIdSchema = z
  .string()
  .regex(idPattern("svs"), "Expected a saved search id such as svs_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const savedSearchPathSchema = z.object({ savedSearchId: savedSearchIdSchema });

/** The criteria as stored and answered: every list already a list. */
const criteriaViewSchema = z.object({
  q: z.string().optional(),
  ...Object.fromEntries(
    [...FACET_NAMES, "cityId"].map((name) => [name, z.array(z.string()).optional()]),
  ),
  sort: z.enum(SEARCH_SORTS),
});

export const savedSearchViewSchema = z
  .object({
    savedSearchId: savedSearchIdSchema,
    name: z.string(),
    criteria: criteriaViewSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: "SavedSearch" });
export type SavedSearchView = z.infer<typeof savedSearchViewSchema>;

export const savedSearchListSchema = z
  .object({ items: z.array(savedSearchViewSchema), max: z.number().int() })
  .meta({ id: "SavedSearchList" });
