/**
 * Who is calling and what they may do in general: the actor from the token, the
 * person behind it (profile loaded or created on first use, refused once the
 * account was deleted) and the identity provider's directory of roles. Rules
 * of one domain (who edits an item, who authors a course) stay in that domain.
 */

export { TOMBSTONE_SECONDS } from "./account-tombstone.entity.ts";
export {
  type Actor,
  requireRole,
  requireUser,
  type UserActor,
  useActor,
  withActor,
} from "./actor.ts";
// Types only: the Cognito client comes with createCognitoDirectory, which core's index
// exports, and not with each domain that reads the caller (decision 0109).
export type { DeletedUser, IdentityDirectory } from "./identity-directory.ts";
export {
  loadOrCreateProfile,
  noteSuspension,
  refuseSuspended,
  SUSPENSION_CHECK_SECONDS,
  suspendedAccount,
  writeTombstone,
} from "./load-profile.ts";
export {
  currentMember,
  isAdmin,
  type Member,
  managesCity,
  optionalMember,
  requireContributorCity,
} from "./member.ts";
export { searchNameOf, type UserItem } from "./user.entity.ts";
