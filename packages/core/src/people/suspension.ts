import {
  currentMember,
  type IdentityDirectory,
  noteSuspension,
  requireRole,
} from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { writeAudited } from "./audited-write.ts";
import { findUser } from "./lookup.ts";
import { stalePerson, toPerson } from "./people.ts";
import type { Person, Suspension } from "./schemas.ts";

/**
 * Administrators suspend a person (every API call of theirs is refused, 403, and their
 * sign-in is disabled in Cognito) and reinstate them. The profile's mark and the audit
 * record are one transaction at the version the administrator saw (If-Match); Cognito
 * follows, and repeating a request that failed there heals it.
 */
export function suspensionUseCases(
  data: DataService,
  directory: IdentityDirectory,
  now: () => Date = () => new Date(),
) {
  return {
    async suspend(
      userId: string,
      { reason }: Suspension,
      expectedVersion: number,
    ): Promise<Person> {
      requireRole("admin");
      const admin = await currentMember(data);
      const user = await findUser(data, userId);
      if (user.subject === admin.actor.subject) {
        throw new VisibleError(
          "conflict",
          "own-suspension",
          "You cannot suspend yourself; ask another administrator.",
        );
      }
      if (user.version !== expectedVersion) throw stalePerson();
      const at = now();
      const written = user.suspendedAt
        ? user
        : await writeAudited(data, {
            admin,
            user,
            change: {
              set: { suspendedAt: at.toISOString(), suspensionReason: reason },
              remove: [],
            },
            action: "person-suspended",
            before: "active",
            after: `suspended: ${reason}`,
            at,
          });
      if (!written) throw stalePerson();
      noteSuspension(user.subject, true);
      await directory.setEnabled(user.username, false);
      return toPerson(written, await directory.rolesOf(user.username));
    },

    async reinstate(userId: string, expectedVersion: number): Promise<Person> {
      requireRole("admin");
      const admin = await currentMember(data);
      const user = await findUser(data, userId);
      if (user.version !== expectedVersion) throw stalePerson();
      const written = !user.suspendedAt
        ? user
        : await writeAudited(data, {
            admin,
            user,
            change: { set: {}, remove: ["suspendedAt", "suspensionReason"] },
            action: "person-reinstated",
            before: `suspended: ${user.suspensionReason ?? ""}`,
            after: "active",
            at: now(),
          });
      if (!written) throw stalePerson();
      noteSuspension(user.subject, false);
      await directory.setEnabled(user.username, true);
      return toPerson(written, await directory.rolesOf(user.username));
    },
  };
}
