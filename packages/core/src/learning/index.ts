import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import type { DataService } from "../data/service.ts";
import { certificateUseCases } from "./certificates.ts";
import { enrolmentUseCases } from "./enrolments.ts";
import { lessonUseCases } from "./lessons.ts";
import { openBadgeUseCases } from "./open-badges/badges.ts";
import { progressStore } from "./progress-store.ts";
import { scormRuntimeUseCases } from "./scorm-runtime.ts";
import { statisticsUseCases } from "./statistics.ts";

export type { CertificatePdfRenderer } from "./certificates.ts";
export { totalsChange } from "./counters.ts";
export { type BadgeVerification, markRevoked } from "./open-badges/badges.ts";
export {
  type BadgeIssuer,
  badgeIssuer,
  type CredentialJson,
  type IssuerKey,
  type OpenBadgesLoader,
  type OpenBadgesSuite,
} from "./open-badges/credential.ts";
export * from "./schemas.ts";
export * from "./scorm-runtime-schemas.ts";
export { courseStatsCsv, toCsv } from "./statistics-csv.ts";
export * from "./statistics-schemas.ts";
export { workshopAttendanceConsumer } from "./workshop-attendance.ts";

/**
 * Learning: enrolment, lessons and quizzes, progress up to a certificate, and
 * the figures trainers and cities see. The learner's data export and account
 * deletion belong to the profile.
 */
export function learningUseCases(
  data: DataService,
  options: {
    /** The statistics read a course's counters, draft and listing in one Query of this client. */
    client: DynamoDBDocumentClient;
    /** Where a certificate's verification link points. */
    publicSiteUrl: string | undefined;
    now?: () => Date;
  },
) {
  const now = options.now ?? (() => new Date());
  const store = progressStore(data, now);
  return {
    ...enrolmentUseCases(data, store, now),
    ...lessonUseCases(data, store, now),
    ...scormRuntimeUseCases(data, store, now),
    certificates: certificateUseCases(data, options.publicSiteUrl),
    badges: openBadgeUseCases(data, options.publicSiteUrl),
    statistics: statisticsUseCases(data, options.client),
  };
}
