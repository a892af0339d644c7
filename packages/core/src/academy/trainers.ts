import type { UserActor } from "../auth/actor.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { currentMember, isAdmin, type Member } from "../exchange/members.ts";
import type { StoredDraft } from "./views.ts";

/*
 * Who may author a course: its trainers (owners) and administrators. Others
 * learn that a published course is not theirs (403); a course they cannot see
 * in the catalogue does not exist for them (404).
 */

export const courseNotFound = () =>
  new VisibleError("not-found", "course-not-found", "No course with this id is visible to you.");

export function staleCourse(): VisibleError {
  return new VisibleError(
    "precondition-failed",
    "stale-version",
    "This course was changed since you loaded it. Reload it and apply your changes again.",
  );
}

export const ownsCourse = (member: Member, draft: Pick<StoredDraft, "ownerIds">) =>
  draft.ownerIds.includes(member.userId) || isAdmin(member);

/**
 * Ownership from the token alone when the draft records its owners' subjects;
 * null when it does not (drafts written before), and the profile must be read.
 */
export function ownsCourseByToken(actor: UserActor, draft: StoredDraft): boolean | null {
  if (actor.roles.includes("admin")) return true;
  return draft.ownerSubjects ? draft.ownerSubjects.includes(actor.subject) : null;
}

export async function currentAuthor(data: DataService): Promise<Member> {
  const member = await currentMember(data);
  if (!member.actor.roles.some((role) => role === "trainer" || role === "admin")) {
    throw new VisibleError("forbidden", "role-required", "Only trainers author courses.");
  }
  return member;
}

/** The draft, for one of its trainers or an administrator. */
export async function loadOwnDraft(data: DataService, courseId: string) {
  const member = await currentAuthor(data);
  const result = await data.entities.courseDraft.get({ courseId }).go();
  const draft = result.data;
  if (!draft) throw courseNotFound();
  if (!ownsCourse(member, draft)) {
    if (draft.status === "published") {
      throw new VisibleError(
        "forbidden",
        "not-your-course",
        "Only this course's trainers can change it.",
      );
    }
    throw courseNotFound();
  }
  return { member, draft };
}
