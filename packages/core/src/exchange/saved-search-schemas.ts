import { z } from "zod";
import { idPattern } from "../schema/ids.ts";
import { FACET_NAMES, SEARCH_SORTS, searchQuerySchema } from "./schemas.ts";

/** A member keeps at most this many saved searches: each new item is matched against all. */
export const MAX_SAVED_SEARCHES = 20;

/**
 * What a saved search keeps: the exchange search's own query parameters, parsed by its
 * own schema (so the same filters, limits and errors), without the page (cursor, limit):
 * a parameter it does not know is refused rather than dropped.
 */
export const savedSearchCriteriaSchema = searchQuerySchema
  .omit({ cursor: true, limit: true })
  .strict();
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
