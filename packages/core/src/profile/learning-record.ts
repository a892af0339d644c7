import { loadOrCreateProfile, requireUser } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { personalDataOf } from "./personal-data.ts";
import type { LearningRecord } from "./schemas.ts";

/**
 * The learner's own data to take away (`GET /me/learning-record`): the whole
 * learning record as JSON, without identity subjects or change counters.
 */
export function learningRecordUseCases(data: DataService, now: () => Date = () => new Date()) {
  return {
    async exportLearningRecord(): Promise<LearningRecord> {
      const actor = requireUser();
      // Through the profile: a deleted account's token is refused (401) here too.
      await loadOrCreateProfile(data, actor, now);
      const found = await personalDataOf(data, actor.subject);
      const { subject: _subject, ...profile } = found.profile ?? { subject: actor.subject };
      return {
        exportedAt: now().toISOString(),
        profile,
        enrolments: found.enrolments.map(({ subject: _s, version: _v, ...enrolment }) => enrolment),
        quizAttempts: found.attempts.map(({ subject: _s, ...attempt }) => attempt),
        scormRecords: found.scormRuntimes.map(({ subject: _s, version: _v, ...record }) => record),
        certificates: found.certificates.map(({ subject: _s, ...certificate }) => certificate),
        bookmarks: found.bookmarks.map((bookmark) => ({
          itemId: bookmark.itemId,
          savedAt: bookmark.createdAt,
        })),
      };
    },
  };
}
