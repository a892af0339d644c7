import { z } from "zod";
import { idPattern } from "../schema/ids.ts";
import { ROLES } from "../schema/roles.ts";
import { UI_LOCALES } from "../taxonomy/locales.ts";
import { POSITIONS } from "../taxonomy/positions.ts";

export const cityIdSchema = z
  .string()
  .regex(idPattern("cty"), "Expected a city id such as cty_01J9ZC3V6D8R1F3W5S9K2M4N7P");

/** The signed-in person's own profile. */
export const profileSchema = z
  .object({
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    position: z.enum(POSITIONS).nullable(),
    cityId: z.string().nullable(),
    preferredLanguage: z.enum(UI_LOCALES),
    roles: z.array(z.enum(ROLES)),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int().positive(),
  })
  .meta({ id: "Profile" });

export type Profile = z.infer<typeof profileSchema>;

/** What a person may change on their profile. `null` clears an optional field. */
export const profilePatchSchema = z
  .strictObject({
    displayName: z
      .string()
      .trim()
      .min(2, "At least 2 characters")
      .max(80, "At most 80 characters")
      .optional(),
    position: z.enum(POSITIONS).nullable().optional(),
    cityId: cityIdSchema.nullable().optional(),
    preferredLanguage: z.enum(UI_LOCALES).optional(),
  })
  .refine((patch) => Object.keys(patch).length > 0, {
    message: "Change at least one field",
  })
  .meta({ id: "ProfilePatch" });

export type ProfilePatch = z.infer<typeof profilePatchSchema>;

/**
 * Everything the platform holds about a learner's learning, for them to take
 * away: the learning record (`GET /me/learning-record`).
 */
export const learningRecordSchema = z
  .object({
    exportedAt: z.iso.datetime(),
    profile: z.record(z.string(), z.unknown()),
    enrolments: z.array(z.record(z.string(), z.unknown())),
    quizAttempts: z.array(z.record(z.string(), z.unknown())),
    /** What each SCORM lesson last saved (decision 0085). */
    scormRecords: z.array(z.record(z.string(), z.unknown())),
    certificates: z.array(z.record(z.string(), z.unknown())),
    bookmarks: z.array(z.object({ itemId: z.string(), savedAt: z.string() })),
  })
  .meta({ id: "LearningRecord" });
export type LearningRecord = z.infer<typeof learningRecordSchema>;
