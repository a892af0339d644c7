import { z } from "zod";
import { PAGE_SIZE } from "../data/page-size.ts";
import { cityIdSchema } from "../profile/schemas.ts";
import { uniqueList } from "../schema/unique-list.ts";
import { CITY_STATUS_ACTIONS, CITY_STATUSES } from "../taxonomy/cities.ts";
import { POPULATION_BANDS } from "../taxonomy/city-profile.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import { THEMES } from "../taxonomy/exchange.ts";
import { CONTENT_LANGUAGES } from "../taxonomy/locales.ts";

export {
  CITY_STATUS_ACTIONS,
  CITY_STATUSES,
  type CityStatus,
  type CityStatusAction,
} from "../taxonomy/cities.ts";

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
    /** Active, suspended or former member (decision 0034). */
    membershipStatus: z.enum(CITY_STATUSES),
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

/**
 * One city as the member directory lists it: every city in one answer, grouped
 * by the web by country, former members apart (decision 0034).
 */
export const directoryCitySchema = z
  .object({
    cityId: z.string(),
    name: z.string(),
    country: z.enum(COUNTRIES),
    region: z.string().nullable(),
    memberSince: z.iso.date().nullable(),
    membershipStatus: z.enum(CITY_STATUSES),
  })
  .meta({ id: "DirectoryCity" });
export type DirectoryCity = z.infer<typeof directoryCitySchema>;

export const cityDirectorySchema = z
  .object({ cities: z.array(directoryCitySchema) })
  .meta({ id: "CityDirectory" });
export type CityDirectory = z.infer<typeof cityDirectorySchema>;

const statusReason = z
  .string()
  .trim()
  .min(10, "At least 10 characters")
  .max(1000, "At most 1,000 characters");

/** Why an administrator suspends or reinstates a city, kept in its membership log. */
export const cityStatusChangeSchema = z
  .strictObject({ reason: statusReason })
  .meta({ id: "CityStatusChange" });
export type CityStatusChange = z.infer<typeof cityStatusChangeSchema>;

/** A city leaves the alliance: why, and an explicit confirmation (it cannot be undone by its contributors). */
export const cityLeaveSchema = z
  .strictObject({
    reason: statusReason,
    confirm: z.literal(true, "Confirm that the city leaves the alliance"),
  })
  .meta({ id: "CityLeave" });
export type CityLeave = z.infer<typeof cityLeaveSchema>;

/** One change of a city's membership status: who, when, why. */
export const cityStatusEventSchema = z
  .object({
    action: z.enum(CITY_STATUS_ACTIONS),
    status: z.enum(CITY_STATUSES),
    by: z.string(),
    byName: z.string(),
    reason: z.string(),
    at: z.iso.datetime(),
  })
  .meta({ id: "CityStatusEvent" });
export type CityStatusEvent = z.infer<typeof cityStatusEventSchema>;

export const cityStatusLogSchema = z
  .object({ events: z.array(cityStatusEventSchema) })
  .meta({ id: "CityStatusLog" });
export type CityStatusLog = z.infer<typeof cityStatusLogSchema>;
export * from "./matching-schemas.ts";
