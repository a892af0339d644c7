import { type IdentityDirectory, requireRole } from "../auth/index.ts";
import { assertKnownCity } from "../cities/index.ts";
import { isConditionalCheckFailed } from "../data/errors.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { cityRequired, findUser } from "./lookup.ts";
import type { RoleAssignment, UserRoles } from "./schemas.ts";

/**
 * Administrators assign roles (Cognito groups) and a contributor's city. The
 * change reaches the person's token at their next sign-in or token refresh.
 * Both writes are idempotent, so repeating a request that failed halfway heals it.
 */
export function roleAssignmentUseCases(
  data: DataService,
  directory: IdentityDirectory,
  now: () => Date = () => new Date(),
) {
  return {
    async assignRoles(userId: string, assignment: RoleAssignment): Promise<UserRoles> {
      const admin = requireRole("admin");
      const roles = [...new Set(assignment.roles)];
      const user = await findUser(data, userId);

      if (user.subject === admin.subject && !roles.includes("admin")) {
        throw new VisibleError(
          "conflict",
          "own-admin-role",
          "You cannot remove your own administrator role; ask another administrator.",
        );
      }
      const held = await directory.rolesOf(user.username);
      // A city the person chose while a learner is only informational: making them a
      // contributor names the city they will publish for, explicitly.
      const granting = roles.includes("contributor") && !held.includes("contributor");
      if (granting && assignment.cityId === undefined) {
        throw cityRequired("Name the city this contributor publishes for");
      }
      const cityId = assignment.cityId === undefined ? (user.cityId ?? null) : assignment.cityId;
      if (roles.includes("contributor") && !cityId) {
        throw cityRequired("Choose the city this contributor publishes for");
      }
      if (cityId && cityId !== user.cityId) await assertKnownCity(data, cityId);

      // Granting writes the profile even when the city stays: the write is conditional
      // on the version the person may be editing, so their own change of city racing
      // this grant fails (412 for them, or 409 here) instead of slipping in after it.
      if (granting || cityId !== (user.cityId ?? null)) {
        const update = data.entities.user.patch({ subject: user.subject });
        const stamped = { updatedAt: now().toISOString(), version: user.version + 1 };
        try {
          await (cityId
            ? update.set({ cityId, ...stamped })
            : update.set(stamped).remove(["cityId"])
          )
            .where((attributes, { eq }) => eq(attributes.version, user.version))
            .go();
        } catch (error) {
          if (!isConditionalCheckFailed(error)) throw error;
          throw new VisibleError(
            "conflict",
            "profile-changed",
            "This person's profile changed at the same moment. Please try again.",
          );
        }
      }
      await directory.setRoles(user.username, roles);
      return { userId, roles, cityId };
    },
  };
}
