import { type AuditEntry, auditItem } from "../audit/index.ts";
import type { Member, UserItem } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";

/** A change of a person's profile: attributes to set, to remove, at the version read. */
export interface ProfileChange {
  set: Partial<Pick<UserItem, "cityId" | "suspendedAt" | "suspensionReason">>;
  remove: ("cityId" | "suspendedAt" | "suspensionReason")[];
}

/**
 * Writes an administrator's change to a person and its audit record in one transaction,
 * conditional on the profile's version: either both are stored or neither. Returns false
 * when the profile moved on meanwhile (the caller answers 412 or 409).
 */
export async function writeAudited(
  data: DataService,
  options: {
    admin: Member;
    user: UserItem;
    change: ProfileChange;
    action: AuditEntry["action"];
    before: string;
    after: string;
    at: Date;
  },
): Promise<UserItem | null> {
  const { admin, user, change, at } = options;
  const stamped = { updatedAt: at.toISOString(), version: user.version + 1 };
  const record = auditItem(
    {
      actor: { userId: admin.userId, displayName: admin.displayName },
      object: { type: "person", id: user.userId, name: user.displayName },
      action: options.action,
      before: options.before,
      after: options.after,
    },
    at,
  );
  const result = await data.transaction
    .write(({ user: users, auditRecord }) => {
      const patch = users.patch({ subject: user.subject }).set({ ...change.set, ...stamped });
      return [
        (change.remove.length ? patch.remove(change.remove) : patch)
          .where((attributes, { eq }) => eq(attributes.version, user.version))
          .commit(),
        auditRecord.create(record).commit(),
      ];
    })
    .go();
  if (result.canceled) {
    if (result.data[0]?.code === "ConditionalCheckFailed") return null;
    throw new Error(`The audited change of ${user.userId} was cancelled`);
  }
  const next: UserItem = { ...user, ...change.set, ...stamped };
  for (const name of change.remove) delete next[name];
  return next;
}

/** A city as the audit log shows it. */
export const citySummary = (cityId: string | null | undefined) => `city: ${cityId ?? "none"}`;

/** Roles as the audit log shows them. */
export const rolesSummary = (roles: readonly string[]) =>
  `roles: ${roles.length ? [...roles].sort().join(", ") : "none"}`;
