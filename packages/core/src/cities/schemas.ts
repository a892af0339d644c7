import { z } from "zod";
import { PAGE_SIZE } from "../data/page-size.ts";
import { cityIdSchema } from "../profile/schemas.ts";
import { uniqueList } from "../schema/unique-list.ts";
import { POPULATION_BANDS } from "../taxonomy/city-profile.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import { THEMES } from "../taxonomy/exchange.ts";
import { CONTENT_LANGUAGES } from "../taxonomy/locales.ts";

/**
 * What matching reads on a profile (docs/decisions/0035-cities-like-mine.md): each
 * optional, as cities that joined before it lack them; `null` in a patch clears one.
 * No personal data: a band, themes, a few words and language codes.
 */
export const cityMatchingFields = {
  populationBand: z.enum(POPULATION_BANDS),
  /** What the city works on first: 1 to 5 of the exchange's themes. */
  priorities: uniqueList(z.enum(THEMES), 5).min(1, "Choose at least one theme"),
  /** Its challenges, in a few words. */
  challenges: z.string().trim().min(3, "At least 3 characters").max(280, "At most 280 characters"),
  /** Languages its team works in (ISO 639-1), 1 to 10. */
  languages: uniqueList(z.enum(CONTENT_LANGUAGES), 10).min(1, "Choose at least one language"),
};

export const citySchema = z
  .object({
    cityId: z.string(),
    name: z.string(),
    country: z.enum(COUNTRIES),
    region: z.string().nullable(),
    description: z.string(),
    contactName: z.string().nullable(),
    contactEmail: z.string().nullable(),
    website: z.string().nullable(),
    population: z.number().int().nullable(),
    /** The day its membership was approved; null for the alliance's founding cities. */
    memberSince: z.iso.date().nullable(),
    /** Stated on the profile, else the band of `population`; null when neither is known. */
    populationBand: cityMatchingFields.populationBand.nullable(),
    priorities: z.array(z.enum(THEMES)),
    challenges: z.string().nullable(),
    languages: z.array(z.enum(CONTENT_LANGUAGES)),
    updatedAt: z.iso.datetime(),
    version: z.number().int().positive(),
  })
  .meta({ id: "City" });

export type City = z.infer<typeof citySchema>;

export const cityPathSchema = z.object({ cityId: cityIdSchema });

/**
 * What a city's contributors (and administrators) may change on its profile.
 * `null` clears an optional contact or matching field; the description is always kept.
 */
export const cityPatchSchema = z
  .strictObject({
    description: z
      .string()
      .trim()
      .min(20, "At least 20 characters")
      .max(2000, "At most 2,000 characters")
      .optional(),
    contactName: z
      .string()
      .trim()
      .min(2, "At least 2 characters")
      .max(120, "At most 120 characters")
      .nullable()
      .optional(),
    contactEmail: z.email("Expected an e-mail address").max(254).nullable().optional(),
    website: z
      .url({ protocol: /^https$/, error: "Expected an https:// address" })
      .max(2000, "At most 2,000 characters")
      .nullable()
      .optional(),
    populationBand: cityMatchingFields.populationBand.nullable().optional(),
    priorities: cityMatchingFields.priorities.nullable().optional(),
    challenges: cityMatchingFields.challenges.nullable().optional(),
    languages: cityMatchingFields.languages.nullable().optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, { message: "Change at least one field" })
  .meta({ id: "CityPatch" });

export type CityPatch = z.infer<typeof cityPatchSchema>;

/** Query of every paginated list: a bounded page size and an opaque cursor. */
export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(PAGE_SIZE.max).optional(),
  cursor: z.string().min(1).max(2048).optional(),
});

export const cityPageSchema = z
  .object({ items: z.array(citySchema), cursor: z.string().nullable() })
  .meta({ id: "CityPage" });

export * from "./matching-schemas.ts";
