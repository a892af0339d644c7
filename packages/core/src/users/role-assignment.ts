import { requireRole } from "../auth/actor.ts";
import { isConditionalCheckFailed } from "../data/errors.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { IdentityDirectory } from "../identity/directory.ts";
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
    async assign(userId: string, assignment: RoleAssignment): Promise<UserRoles> {
      const admin = requireRole("admin");
      const roles = [...new Set(assignment.roles)];
      const found = await data.entities.user.query.byUserId({ userId }).go({ limit: 1 });
      const user = found.data[0];
      if (!user) throw new VisibleError("not-found", "user-not-found", "No user has this id.");

      if (user.subject === admin.subject && !roles.includes("admin")) {
        throw new VisibleError(
          "conflict",
          "own-admin-role",
          "You cannot remove your own administrator role; ask another administrator.",
        );
      }
      const cityId = assignment.cityId === undefined ? (user.cityId ?? null) : assignment.cityId;
      if (roles.includes("contributor") && !cityId) {
        throw new VisibleError("input", "city-required", "A contributor speaks for a city.", [
          { field: "cityId", message: "Choose the city this contributor publishes for" },
        ]);
      }
      if (cityId && cityId !== user.cityId) {
        const city = await data.entities.city.get({ cityId }).go();
        if (!city.data) {
          throw new VisibleError("input", "unknown-city", "No member city has this id.", [
            { field: "cityId", message: "No member city has this id" },
          ]);
        }
      }

      if (cityId !== (user.cityId ?? null)) {
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
