import { z } from "zod";
import { pageQuerySchema } from "../cities/schemas.ts";
import { idPattern } from "../schema/ids.ts";
import { boundedText } from "../schema/text.ts";
import { COUNTRIES } from "../taxonomy/countries.ts";
import {
  OBSERVATION_STATUSES,
  SIGNAL_DIRECTIONS,
  SIGNAL_INTENSITIES,
  SIGNAL_THEMES,
} from "../taxonomy/signals.ts";

export {
  OBSERVATION_STATUSES,
  type ObservationStatus,
  SIGNAL_DIRECTIONS,
  SIGNAL_INTENSITIES,
  SIGNAL_KINDS,
  SIGNAL_THEMES,
  type SignalDirection,
  type SignalIntensity,
  type SignalTheme,
} from "../taxonomy/signals.ts";

/*
 * The early-warning picture (decision 0069): observations of trends by the members
 * of a city, reviewed by an administrator, aggregated so that no figure stands on
 * fewer than three cities. Never data about people.
 */

/**
 * Why the personal-data screen refused a text (screening.ts). A 400 `personal-data`
 * names the field with a message ending in the reason in brackets, `(phone)`, so the
 * web says why in the reader's language.
 */
export const SCREEN_REASONS = [
  "email",
  "social-profile",
  "iban",
  "date-of-birth",
  "phone",
  "id-number",
  "street-address",
] as const;
export type ScreenReason = (typeof SCREEN_REASONS)[number];

export const SIGNAL_REVIEW_DECISIONS = ["approve", "send-back"] as const;

/** No figure of the picture stands on fewer cities than this. */
export const MINIMUM_CITIES = 3;
/** Observations are deleted this many months after they are recorded (TTL). */
export const OBSERVATION_RETENTION_MONTHS = 24;
/** How far back an observed month may lie, and the longest span of the picture. */
export const OBSERVATION_MONTHS_BACK = 24;
export const AREA_MAX = 80;
export const NOTE_MAX = 500;

export const observationIdSchema = z
  .string()
  .regex(idPattern("obs"), "Expected an observation id such as obs_01J9ZC3V6D8R1F3W5S9K2M4N7P");
export const observationPathSchema = z.object({ observationId: observationIdSchema });

/** A calendar month, `YYYY-MM`. */
export const monthSchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])$/, "Expected a month such as 2026-11");

/** What a member of a city records. Area and note are also screened for personal data. */
export const observationFormSchema = z
  .strictObject({
    theme: z.enum(SIGNAL_THEMES),
    /** A district or neighbourhood at most: never a street, a building or a number. */
    area: boundedText(2, AREA_MAX),
    period: monthSchema,
    direction: z.enum(SIGNAL_DIRECTIONS),
    intensity: z.enum(SIGNAL_INTENSITIES),
    note: boundedText(10, NOTE_MAX),
  })
  .meta({ id: "SignalObservationForm" });
export type ObservationForm = z.infer<typeof observationFormSchema>;

export const observationPatchSchema = observationFormSchema
  .partial()
  .refine((patch) => Object.keys(patch).length > 0, "Change at least one field")
  .meta({ id: "SignalObservationPatch" });
export type ObservationPatch = z.infer<typeof observationPatchSchema>;

export const observationReviewSchema = z
  .strictObject({
    decision: z.enum(SIGNAL_REVIEW_DECISIONS),
    /** Why it is sent back: required then, shown to the city. */
    reason: boundedText(0, 500).optional(),
  })
  .refine((review) => review.decision !== "send-back" || (review.reason?.length ?? 0) >= 5, {
    message: "Say in at least 5 characters why it is sent back",
    path: ["reason"],
  })
  .meta({ id: "SignalObservationReview" });
export type ObservationReview = z.infer<typeof observationReviewSchema>;

export const observationSchema = z
  .object({
    observationId: z.string(),
    cityId: z.string(),
    cityName: z.string(),
    country: z.enum(COUNTRIES),
    theme: z.enum(SIGNAL_THEMES),
    area: z.string(),
    period: z.string(),
    direction: z.enum(SIGNAL_DIRECTIONS),
    intensity: z.enum(SIGNAL_INTENSITIES),
    note: z.string(),
    status: z.enum(OBSERVATION_STATUSES),
    sentBackReason: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    /** When the table deletes it (ISO 8601). */
    expiresAt: z.string(),
    version: z.number().int(),
    /** What the caller may do with it. */
    actions: z.object({ edit: z.boolean(), review: z.boolean() }),
  })
  .meta({ id: "SignalObservation" });
export type Observation = z.infer<typeof observationSchema>;

export const observationPageSchema = z
  .object({ items: z.array(observationSchema), cursor: z.string().nullable() })
  .meta({ id: "SignalObservationPage" });
export type ObservationPage = z.infer<typeof observationPageSchema>;

export const observationListQuerySchema = pageQuerySchema;

/** The picture's filters: a theme and a country at most, months `from`..`to` (default: the last 12). */
export const pictureQuerySchema = z.object({
  theme: z.enum(SIGNAL_THEMES).optional(),
  country: z.enum(COUNTRIES).optional(),
  from: monthSchema.optional(),
  to: monthSchema.optional(),
});
export type PictureQuery = z.infer<typeof pictureQuerySchema>;

/** The prevailing direction of a cell's cities; `mixed` when none holds a majority. */
export const CELL_DIRECTIONS = [...SIGNAL_DIRECTIONS, "mixed"] as const;

/**
 * One theme × country × month. A cell standing on fewer cities than the threshold
 * says only that: no count, no summary.
 */
export const pictureCellSchema = z
  .discriminatedUnion("shown", [
    z.object({
      theme: z.enum(SIGNAL_THEMES),
      country: z.enum(COUNTRIES),
      month: z.string(),
      shown: z.literal(true),
      cities: z.number().int(),
      observations: z.number().int(),
      direction: z.enum(CELL_DIRECTIONS),
      intensity: z.enum(SIGNAL_INTENSITIES),
    }),
    z.object({
      theme: z.enum(SIGNAL_THEMES),
      country: z.enum(COUNTRIES),
      month: z.string(),
      shown: z.literal(false),
    }),
  ])
  .meta({ id: "SignalPictureCell" });
export type PictureCell = z.infer<typeof pictureCellSchema>;

export const pictureSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    /** Cities a cell needs for the caller to see its figures. */
    minimumCities: z.number().int(),
    cells: z.array(pictureCellSchema),
  })
  .meta({ id: "SignalPicture" });
export type Picture = z.infer<typeof pictureSchema>;
