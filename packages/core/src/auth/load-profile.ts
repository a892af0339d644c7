import { isConditionalCheckFailed } from "../data/errors.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { newId } from "../ids.ts";
import { DEFAULT_LOCALE } from "../taxonomy/locales.ts";
import { TOMBSTONE_SECONDS } from "./account-tombstone.entity.ts";
import type { UserActor } from "./actor.ts";
import { searchNameOf, type UserItem } from "./user.entity.ts";

/** A valid token whose account was deleted since it was issued: signed out, not a new profile. */
function deletedAccount(): VisibleError {
  return new VisibleError(
    "unauthenticated",
    "account-deleted",
    "This account was deleted. Create a new account to use the platform again.",
  );
}

/** A person an administrator suspended: refused on every call until reinstated. */
export function suspendedAccount(): VisibleError {
  return new VisibleError(
    "forbidden",
    "account-suspended",
    "This account is suspended by the platform's administrators. Write to the secretariat if you think this is a mistake.",
  );
}

/**
 * How long a container trusts what it last read of a person's suspension mark. A
 * suspension holds at once in the container that made it (`noteSuspension`) and within
 * this time in every other; in exchange a signed-in request reads the mark once a
 * minute per person, not once per request (the per-request read budgets of decision
 * 0029 stay as they were).
 */
export const SUSPENSION_CHECK_SECONDS = 60;
/** A bound on the marks a container remembers; past it, it forgets them all and reads again. */
const MAX_SUSPENSION_MARKS = 10_000;
const suspensionMarks = new Map<string, { suspended: boolean; readAt: number }>();

/** Remembers a suspension or reinstatement this container just wrote. */
export function noteSuspension(subject: string, suspended: boolean, at = Date.now()): void {
  if (suspensionMarks.size >= MAX_SUSPENSION_MARKS) suspensionMarks.clear();
  suspensionMarks.set(subject, { suspended, readAt: at });
}

/**
 * Refuses the request of a suspended person (403): one GetItem of the profile, projected
 * to its suspension mark, at most once per SUSPENSION_CHECK_SECONDS per person and
 * container. The API's auth middleware calls it for every signed-in request, so a
 * suspension holds whatever tokens the person still has.
 */
export async function refuseSuspended(
  data: DataService,
  subject: string,
  now = Date.now(),
): Promise<void> {
  let known = suspensionMarks.get(subject);
  if (!known || now - known.readAt > SUSPENSION_CHECK_SECONDS * 1000) {
    const found = await data.entities.user.get({ subject }).go({ attributes: ["suspendedAt"] });
    noteSuspension(subject, Boolean(found.data?.suspendedAt), now);
    known = suspensionMarks.get(subject);
  }
  if (known?.suspended) throw suspendedAccount();
}

/**
 * Marks `subject` as deleted before its profile goes (account deletion calls it
 * first). Idempotent: a repeated deletion keeps the first deletion time.
 */
export async function writeTombstone(data: DataService, subject: string, at: Date): Promise<void> {
  try {
    await data.entities.accountTombstone
      .create({
        subject,
        deletedAt: at.toISOString(),
        expiresAt: Math.floor(at.getTime() / 1000) + TOMBSTONE_SECONDS,
      })
      .go();
  } catch (error) {
    if (!isConditionalCheckFailed(error)) throw error;
  }
}

/**
 * The caller's stored profile, created on their first request after sign-up.
 * Two first requests that race both end with the one profile that won.
 *
 * A subject whose account was deleted has a tombstone and no profile: its tokens
 * stay valid until they expire, so it is refused (401) and never gets a new
 * profile. The tombstone only matters when there is no profile, so the usual
 * request costs one GetItem as before: the profile is created in a transaction
 * that checks the tombstone is absent, which also means a deletion racing the
 * first request cannot leave a profile behind.
 */
export async function loadOrCreateProfile(
  data: DataService,
  actor: UserActor,
  now: () => Date = () => new Date(),
): Promise<UserItem> {
  const users = data.entities.user;
  const { subject } = actor;
  for (let attempt = 1; ; attempt += 1) {
    const existing = await users.get({ subject }).go();
    if (existing.data) {
      if (existing.data.suspendedAt) throw suspendedAccount();
      return existing.data.searchName === undefined ? indexed(data, existing.data) : existing.data;
    }
    const at = now().toISOString();
    const item = {
      subject,
      userId: newId("usr"),
      username: actor.username,
      displayName: actor.username,
      preferredLanguage: DEFAULT_LOCALE,
      createdAt: at,
      updatedAt: at,
      version: 1,
    };
    const result = await data.transaction
      .write(({ user, accountTombstone }) => [
        accountTombstone
          .check({ subject })
          .where((attributes, { notExists }) => notExists(attributes.deletedAt))
          .commit(),
        user.create(item).commit(),
      ])
      .go();
    if (!result.canceled) return { ...item, searchName: searchNameOf(item.displayName) };
    if (result.data[0]?.code === "ConditionalCheckFailed") throw deletedAccount();
    // Two first requests raced (the other one's profile is read on the next turn),
    // or their transactions conflicted and both were cancelled: try again.
    if (attempt === 3) throw new Error(`Creating the profile of ${subject} kept conflicting`);
  }
}

/**
 * A profile stored before people search existed has no search name, so it is
 * missing from the administrators' index: writing its name again adds it (once).
 */
async function indexed(data: DataService, item: UserItem): Promise<UserItem> {
  try {
    await data.entities.user
      .patch({ subject: item.subject })
      .set({ displayName: item.displayName })
      .where((attributes, { eq }) => eq(attributes.version, item.version))
      .go();
  } catch (error) {
    // Edited meanwhile: that edit wrote the name, and so the search name, already.
    if (!isConditionalCheckFailed(error)) throw error;
  }
  return { ...item, searchName: searchNameOf(item.displayName) };
}
