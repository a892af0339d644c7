import {
  type DeletedUser,
  type IdentityDirectory,
  requireUser,
  writeTombstone,
} from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { forgetPerson } from "../discussions/index.ts";
import { forgetAttendee } from "../events/index.ts";
import { forgetRequester } from "../exchange-requests/index.ts";
import { markRevoked, totalsChange } from "../learning/index.ts";
import { eraseApplicant } from "../membership/index.ts";
import { forgetRecipient } from "../notifications/index.ts";
import { personalDataOf } from "./personal-data.ts";

/**
 * Deleting one's account (`DELETE /me`) removes the profile, enrolments, quiz
 * attempts, SCORM run-time records, bookmarks and saved searches; membership applications are withdrawn if open and lose
 * the applicant's name (`eraseApplicant`); discussion posts, reports and log
 * entries lose the person's name (the posts stay); certificates lose the holder's name and verify as
 * revoked at the holder's request; the course and city counters no longer
 * count the person. A tombstone is written first, so the caller's tokens,
 * valid until they expire, can no longer load or re-create a profile (they
 * answer 401). The identity is deleted last (signed out everywhere, then
 * removed), so a deletion that fails half-way can be repeated by the same
 * signed-in person.
 */
export function accountDeletionUseCases(
  data: DataService,
  directory: IdentityDirectory,
  now: () => Date = () => new Date(),
) {
  return {
    async deleteAccount(): Promise<DeletedUser> {
      const actor = requireUser();
      const { subject } = actor;
      const deletedAt = now();
      await writeTombstone(data, subject, deletedAt);
      const found = await personalDataOf(data, subject);
      const at = deletedAt.toISOString();
      for (const certificate of found.certificates) {
        if (!certificate.revokedAt) {
          await data.entities.certificate
            .patch({ code: certificate.code })
            .set({ holderName: "", subject: "", revokedAt: at, revokedReason: "holder-request" })
            .go();
        }
        // Its Open Badges credential's bit too (again, if an earlier attempt stopped here).
        await markRevoked(data, certificate.code);
      }
      for (const enrolment of found.enrolments) {
        const { courseId, cityId, status } = enrolment;
        const counted = status !== "left";
        const completed = status === "completed" ? -1 : 0;
        await data.transaction
          .write((tx) => [
            tx.enrolment.delete({ subject, courseId }).commit(),
            ...(counted ? totalsChange(tx, { courseId, cityId }, { enrolled: -1, completed }) : []),
          ])
          .go();
      }
      const keys = {
        attempts: found.attempts.map(({ courseId, lessonId, attempt }) => ({
          subject,
          courseId,
          lessonId,
          attempt,
        })),
        bookmarks: found.bookmarks.map(({ itemId }) => ({ subject, itemId })),
        scorm: found.scormRuntimes.map(({ courseId, lessonId }) => ({
          subject,
          courseId,
          lessonId,
        })),
      };
      if (keys.attempts.length > 0) await data.entities.quizAttempt.delete(keys.attempts).go();
      if (keys.bookmarks.length > 0) await data.entities.bookmark.delete(keys.bookmarks).go();
      if (keys.scorm.length > 0) await data.entities.scormRuntime.delete(keys.scorm).go();
      const searches = await data.entities.savedSearch.query
        .byPerson({ subject })
        .go({ pages: "all", attributes: ["subject", "savedSearchId"] });
      if (searches.data.length > 0) await data.entities.savedSearch.delete(searches.data).go();
      if (found.profile) {
        const { userId, displayName, cityId } = found.profile;
        const member = { actor, userId, displayName, cityId: cityId ?? null };
        await eraseApplicant(data, member, now);
        await forgetPerson(data, userId);
        await forgetRequester(data, userId);
        await forgetAttendee(data, userId);
        await forgetRecipient(data, userId);
      }
      await data.entities.user.delete({ subject }).go();
      return directory.deleteUser(actor.username);
    },
  };
}
