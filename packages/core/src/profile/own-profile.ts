import {
  type IdentityDirectory,
  loadOrCreateProfile,
  requireUser,
  type UserActor,
  type UserItem,
} from "../auth/index.ts";
import { assertKnownCity } from "../cities/index.ts";
import { isConditionalCheckFailed } from "../data/errors.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import type { Profile, ProfilePatch } from "./schemas.ts";

function toProfile(item: UserItem, actor: UserActor): Profile {
  return {
    userId: item.userId,
    username: item.username,
    displayName: item.displayName,
    position: item.position ?? null,
    cityId: item.cityId ?? null,
    preferredLanguage: item.preferredLanguage,
    roles: [...actor.roles],
    createdAt: item.createdAt,
    updatedAt: item.updatedAt,
    version: item.version,
  };
}

/**
 * Whether the caller holds the contributor role by their token or in the identity
 * provider now. Either is enough: a token lags a role change by up to its
 * lifetime, both ways. Granted since the token was issued: the next token will
 * carry it. Removed since: this token still carries it until it expires.
 */
async function holdsContributorRole(
  actor: UserActor,
  directory: IdentityDirectory,
): Promise<boolean> {
  if (actor.roles.includes("contributor")) return true;
  return (await directory.rolesOf(actor.username)).includes("contributor");
}

/** The signed-in person's own profile: read (created on first sign-in) and edit. */
export function ownProfileUseCases(
  data: DataService,
  directory: IdentityDirectory,
  now: () => Date = () => new Date(),
) {
  const users = data.entities.user;

  return {
    /** The caller's profile; the first call after sign-up creates it. */
    async getMe(): Promise<Profile> {
      const actor = requireUser();
      return toProfile(await loadOrCreateProfile(data, actor, now), actor);
    },

    /**
     * Applies `patch` if the stored profile is still at `expectedVersion` (the
     * client's If-Match); otherwise 412 and nothing changes.
     */
    async updateMe(patch: ProfilePatch, expectedVersion: number): Promise<Profile> {
      const actor = requireUser();
      const current = await loadOrCreateProfile(data, actor, now);
      if (current.version !== expectedVersion) throw staleEdit();

      // A contributor publishes on behalf of their city, so only an administrator
      // assigns it, whether they have one yet or not. For anyone else it is informational.
      if (patch.cityId !== undefined && (await holdsContributorRole(actor, directory))) {
        throw new VisibleError(
          "forbidden",
          "city-assigned",
          "Your city is assigned by an administrator because you publish on its behalf.",
        );
      }
      const changesCity = patch.cityId !== undefined && patch.cityId !== (current.cityId ?? null);
      if (changesCity && patch.cityId) await assertKnownCity(data, patch.cityId, { member: true });

      const { set, remove } = splitPatch(patch);
      try {
        let update = users
          .patch({ subject: actor.subject })
          .set({ ...set, updatedAt: now().toISOString(), version: expectedVersion + 1 });
        if (remove.length > 0) update = update.remove(remove);
        const result = await update
          .where((attributes, { eq }) => eq(attributes.version, expectedVersion))
          .go({ response: "all_new" });
        return toProfile(result.data as UserItem, actor);
      } catch (error) {
        if (isConditionalCheckFailed(error)) throw staleEdit();
        throw error;
      }
    },
  };
}

function staleEdit(): VisibleError {
  return new VisibleError(
    "precondition-failed",
    "stale-version",
    "Your profile was changed elsewhere since you loaded it. Reload it and apply your changes again.",
  );
}

type Settable = Partial<
  Pick<UserItem, "displayName" | "position" | "cityId" | "preferredLanguage">
>;

/** `null` in a patch clears the attribute; anything else sets it. */
function splitPatch(patch: ProfilePatch): {
  set: Settable;
  remove: Array<"position" | "cityId">;
} {
  const set: Settable = {};
  const remove: Array<"position" | "cityId"> = [];
  if (patch.displayName !== undefined) set.displayName = patch.displayName;
  if (patch.preferredLanguage !== undefined) set.preferredLanguage = patch.preferredLanguage;
  if (patch.position === null) remove.push("position");
  else if (patch.position !== undefined) set.position = patch.position;
  if (patch.cityId === null) remove.push("cityId");
  else if (patch.cityId !== undefined) set.cityId = patch.cityId;
  return { set, remove };
}
