import { z } from "zod";
import { EUROPEAN_REGIONS, POPULATION_BANDS } from "../taxonomy/city-profile.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import { THEMES } from "../taxonomy/exchange.ts";
import { CONTENT_LANGUAGES } from "../taxonomy/locales.ts";

const themes = z.array(z.enum(THEMES));

/**
 * Why a city is suggested, as data: the web turns each into a translated phrase
 * ("also works on youth work and online hate; similar size; speaks French").
 */
export const matchReasonSchema = z
  .discriminatedUnion("kind", [
    /** Priorities both profiles name, in the order of the city matched for. */
    z.object({ kind: z.literal("sharedPriorities"), themes }),
    /** Priorities of the city matched for that the other's published items carry. */
    z.object({ kind: z.literal("publishedOn"), themes }),
    /** Same population band (distance 0) or the next one up or down (1). */
    z.object({
      kind: z.literal("size"),
      band: z.enum(POPULATION_BANDS),
      distance: z.union([z.literal(0), z.literal(1)]),
    }),
    z.object({ kind: z.literal("sameCountry"), country: z.enum(COUNTRIES) }),
    z.object({ kind: z.literal("sameRegion"), region: z.enum(EUROPEAN_REGIONS) }),
    /** Languages both teams work in. */
    z.object({ kind: z.literal("speaks"), languages: z.array(z.enum(CONTENT_LANGUAGES)) }),
  ])
  .meta({ id: "MatchReason" });

export type MatchReason = z.infer<typeof matchReasonSchema>;

/** Profile fields matching reads; an empty one is named so the profile can be completed. */
export const MATCHING_INPUTS = ["priorities", "populationBand", "languages"] as const;
export type MatchingInput = (typeof MATCHING_INPUTS)[number];

export const similarCitySchema = z
  .object({
    cityId: z.string(),
    name: z.string(),
    country: z.enum(COUNTRIES),
    /** 0 to 100: the sum of the reasons' weights. */
    score: z.number().int().min(0).max(100),
    reasons: z.array(matchReasonSchema),
    /**
     * A suspended member is still a peer to learn from, but cannot answer an exchange
     * request now (decision 0034); former members are never suggested.
     */
    membershipStatus: z.enum(["active", "suspended"]),
  })
  .meta({ id: "SimilarCity" });

export type SimilarCity = z.infer<typeof similarCitySchema>;

export const similarCitiesSchema = z
  .object({
    suggestions: z.array(similarCitySchema),
    /** What the city's own profile lacks that matching would use. */
    incomplete: z.array(z.enum(MATCHING_INPUTS)),
  })
  .meta({ id: "SimilarCities" });

export type SimilarCities = z.infer<typeof similarCitiesSchema>;

export const SIMILAR_CITIES_LIMIT = { default: 10, max: 20 } as const;

export const similarCitiesQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(SIMILAR_CITIES_LIMIT.max).optional(),
});
