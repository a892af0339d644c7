import { currentMember, type Member } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { VisibleError } from "../errors.ts";
import { holdsAuthorRole, ownsCourse, ownsCourseByToken } from "./course-policy.ts";

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

export { ownsCourse, ownsCourseByToken };

export async function currentAuthor(data: DataService): Promise<Member> {
  const member = await currentMember(data);
  if (!holdsAuthorRole(member.actor.roles)) {
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
