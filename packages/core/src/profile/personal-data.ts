import type { DataService } from "../data/service.ts";

/**
 * Everything the platform holds about one person, by their identity subject:
 * profile, enrolments, quiz attempts, SCORM run-time records, bookmarks and the certificates of their
 * enrolments. What the learning record shows and what account deletion removes.
 */
export async function personalDataOf(data: DataService, subject: string) {
  const [profile, enrolments, attempts, scormRuntimes, bookmarks] = await Promise.all([
    data.entities.user.get({ subject }).go(),
    data.entities.enrolment.query.byLearner({ subject }).go({ pages: "all" }),
    data.entities.quizAttempt.query.byLearner({ subject }).go({ pages: "all" }),
    data.entities.scormRuntime.query.byLearner({ subject }).go({ pages: "all" }),
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
    scormRuntimes: scormRuntimes.data,
    bookmarks: bookmarks.data,
    certificates,
  };
}
