import { z } from "zod";
import { pageQuerySchema } from "../cities/schemas.ts";
import { cityIdSchema, profileSchema } from "../profile/schemas.ts";
import { idPattern } from "../schema/ids.ts";
import { ROLES } from "../schema/roles.ts";

export const userPathSchema = z.object({
  userId: z
    .string()
    .regex(idPattern("usr"), "Expected a user id such as usr_01J9ZC3V6D8R1F3W5S9K2M4N7P"),
});

/** The complete set of roles a user should hold, and the city a contributor speaks for. */
export const roleAssignmentSchema = z
  .strictObject({
    roles: z.array(z.enum(ROLES)).max(ROLES.length),
    cityId: cityIdSchema.nullable().optional(),
  })
  .meta({ id: "RoleAssignment" });

export type RoleAssignment = z.infer<typeof roleAssignmentSchema>;

export const userRolesSchema = z
  .object({
    userId: z.string(),
    roles: z.array(z.enum(ROLES)),
    cityId: z.string().nullable(),
  })
  .meta({ id: "UserRoles" });

export type UserRoles = z.infer<typeof userRolesSchema>;

/** A person as administrators find them in the people search. */
export const personSummarySchema = z
  .object({
    userId: z.string(),
    username: z.string(),
    displayName: z.string(),
    cityId: z.string().nullable(),
  })
  .meta({ id: "PersonSummary" });

export type PersonSummary = z.infer<typeof personSummarySchema>;

export const peoplePageSchema = z
  .object({ items: z.array(personSummarySchema), cursor: z.string().nullable() })
  .meta({ id: "PeoplePage" });

export type PeoplePage = z.infer<typeof peoplePageSchema>;

/** People search: part of a name or username (any case, accents optional), a page at a time. */
export const peopleQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(80, "At most 80 characters").optional(),
});

export type PeopleQuery = z.infer<typeof peopleQuerySchema>;

/** A person as an administrator sees them: the profile, and the roles held now (Cognito). */
export const personSchema = profileSchema
  .omit({ preferredLanguage: true })
  .extend({
    /** When an administrator suspended the person; null while they may use the platform. */
    suspendedAt: z.iso.datetime().nullable(),
    suspensionReason: z.string().nullable(),
  })
  .meta({ id: "Person" });

/** Why an administrator suspends a person: told to them and kept in the audit log. */
export const suspensionSchema = z
  .strictObject({
    reason: z
      .string()
      .trim()
      .min(1, "Say why the person is suspended")
      .max(500, "At most 500 characters"),
  })
  .meta({ id: "Suspension" });

export type Suspension = z.infer<typeof suspensionSchema>;

export type Person = z.infer<typeof personSchema>;

/** The city an administrator assigns; `null` takes it away (not from a contributor). */
export const cityAssignmentSchema = z
  .strictObject({ cityId: cityIdSchema.nullable() })
  .meta({ id: "CityAssignment" });

export type CityAssignment = z.infer<typeof cityAssignmentSchema>;
