import { z } from "zod";
import { cityIdSchema } from "../profile/schemas.ts";
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
