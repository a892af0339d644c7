import { currentMember, type IdentityDirectory, requireRole } from "../auth/index.ts";
import { assertKnownCity } from "../cities/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { citySummary, rolesSummary, writeAudited } from "./audited-write.ts";
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

      // The profile and the audit record are written in one transaction, conditional on the
      // version read: the person's own change of city racing this one fails (412 for them,
      // or 409 here) instead of slipping in after it. Roles live in Cognito, set after the
      // record: a failure there answers 503 and repeating the request heals it.
      const cityChanges = cityId !== (user.cityId ?? null);
      const written = await writeAudited(data, {
        admin: await currentMember(data),
        user,
        change: !cityChanges
          ? { set: {}, remove: [] }
          : cityId
            ? { set: { cityId }, remove: [] }
            : { set: {}, remove: ["cityId"] },
        action: "roles-set",
        before: `${rolesSummary(held)}; ${citySummary(user.cityId)}`,
        after: `${rolesSummary(roles)}; ${citySummary(cityId)}`,
        at: now(),
      });
      if (!written) {
        throw new VisibleError(
          "conflict",
          "profile-changed",
          "This person's profile changed at the same moment. Please try again.",
        );
      }
      await directory.setRoles(user.username, roles);
      return { userId, roles, cityId };
    },
  };
}
