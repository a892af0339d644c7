import { requireUser } from "../auth/actor.ts";
import type { DataService } from "../data/service.ts";
import type { DeletedUser, IdentityDirectory } from "../identity/directory.ts";
import { loadOrCreateProfile, writeTombstone } from "../profile/load-profile.ts";
import { totalsChange } from "./counters.ts";

/**
 * A learner's own data: the whole learning record as JSON, and deleting the
 * account. Deletion removes the profile, enrolments, quiz attempts and
 * bookmarks; certificates lose the holder's name and verify as revoked at the
 * holder's request; the course and city counters no longer count the person.
 * A tombstone is written first, so the caller's tokens, valid until they
 * expire, can no longer load or re-create a profile (they answer 401). The
 * identity is deleted last (signed out everywhere, then removed), so a deletion
 * that fails half-way can be repeated by the same signed-in person.
 */
export function learningRecordUseCases(
  data: DataService,
  directory: IdentityDirectory,
  now: () => Date = () => new Date(),
) {
  async function everything(subject: string) {
    const [profile, enrolments, attempts, bookmarks] = await Promise.all([
      data.entities.user.get({ subject }).go(),
      data.entities.enrolment.query.byLearner({ subject }).go({ pages: "all" }),
      data.entities.quizAttempt.query.byLearner({ subject }).go({ pages: "all" }),
      data.entities.bookmark.query.bySubject({ subject }).go({ pages: "all" }),
    ]);
    const codes = enrolments.data.flatMap((each) =>
      each.certificateCode ? [{ code: each.certificateCode }] : [],
    );
    const certificates =
      codes.length > 0 ? (await data.entities.certificate.get(codes).go()).data : [];
    return {
      profile: profile.data,
      enrolments: enrolments.data,
      attempts: attempts.data,
      bookmarks: bookmarks.data,
      certificates,
    };
  }

  return {
    async export() {
      const actor = requireUser();
      // Through the profile: a deleted account's token is refused (401) here too.
      await loadOrCreateProfile(data, actor, now);
      const found = await everything(actor.subject);
      const { subject: _subject, ...profile } = found.profile ?? { subject: actor.subject };
      return {
        exportedAt: now().toISOString(),
        profile,
        enrolments: found.enrolments.map(({ subject: _s, rev: _r, ...enrolment }) => enrolment),
        quizAttempts: found.attempts.map(({ subject: _s, ...attempt }) => attempt),
        certificates: found.certificates.map(({ subject: _s, ...certificate }) => certificate),
        bookmarks: found.bookmarks.map((bookmark) => ({
          itemId: bookmark.itemId,
          savedAt: bookmark.createdAt,
        })),
      };
    },

    async deleteAccount(): Promise<DeletedUser> {
      const actor = requireUser();
      const { subject } = actor;
      const deletedAt = now();
      await writeTombstone(data, subject, deletedAt);
      const found = await everything(subject);
      const at = deletedAt.toISOString();
      for (const certificate of found.certificates) {
        if (certificate.revokedAt) continue;
        await data.entities.certificate
          .patch({ code: certificate.code })
          .set({ holderName: "", subject: "", revokedAt: at })
          .go();
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
      };
      if (keys.attempts.length > 0) await data.entities.quizAttempt.delete(keys.attempts).go();
      if (keys.bookmarks.length > 0) await data.entities.bookmark.delete(keys.bookmarks).go();
      await data.entities.user.delete({ subject }).go();
      return directory.deleteUser(actor.username);
    },
  };
}
