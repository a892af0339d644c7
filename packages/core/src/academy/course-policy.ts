import { currentMember, isAdmin, type Member, type UserActor, useActor } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import type { Role } from "../schema/roles.ts";
import type { CourseStatus } from "../taxonomy/academy.ts";
import type { CourseActions } from "./schemas.ts";

/*
 * Who may do what with a course, in one place. Its authors (its trainers who
 * still hold the trainer role, and administrators) may act on it; the course's
 * state then says which actions are open. The use cases guard each action with
 * these rules and the `actions` field of a course is computed from the same ones.
 */

/** The roles that author courses at all. */
export const AUTHOR_ROLES: readonly Role[] = ["trainer", "admin"];

export const holdsAuthorRole = (roles: readonly Role[]) =>
  roles.some((role) => AUTHOR_ROLES.includes(role));

/** Who owns a course: its trainers' platform ids and, when recorded, their identity subjects. */
export interface CourseOwners {
  ownerIds: readonly string[];
  ownerSubjects?: readonly string[] | undefined;
}

export const ownsCourse = (member: Member, owners: CourseOwners) =>
  owners.ownerIds.includes(member.userId) || isAdmin(member);

/**
 * Ownership from the token alone when the owners' subjects are recorded; null
 * when they are not (written before), and the profile must be read.
 */
export function ownsCourseByToken(actor: UserActor, owners: CourseOwners): boolean | null {
  if (actor.roles.includes("admin")) return true;
  return owners.ownerSubjects ? owners.ownerSubjects.includes(actor.subject) : null;
}

/**
 * Whether the caller authors a course with these owners. No read for callers
 * without an author role; one profile read only when the token cannot tell.
 */
export async function authorsCourse(data: DataService, owners: CourseOwners): Promise<boolean> {
  const actor = useActor();
  if (actor.kind !== "user" || !holdsAuthorRole(actor.roles)) return false;
  return ownsCourseByToken(actor, owners) ?? ownsCourse(await currentMember(data), owners);
}

const open = (status: CourseStatus) => status !== "archived";

/** Which actions a course's state leaves open to its authors. */
export const COURSE_RULES: Record<keyof CourseActions, (status: CourseStatus) => boolean> = {
  edit: open,
  publish: open,
  unpublish: (status) => status === "published",
  archive: open,
  statistics: () => true,
};

/** What the caller may do with a course in `status`, given whether they author it. */
export function courseActions(authors: boolean, status: CourseStatus): CourseActions {
  const entries = Object.entries(COURSE_RULES).map(([action, open]) => [
    action,
    authors && open(status),
  ]);
  return Object.fromEntries(entries) as CourseActions;
}
