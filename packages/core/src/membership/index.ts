import type { IdentityDirectory } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { applicantUseCases } from "./applications.ts";
import { reviewUseCases } from "./review.ts";

export { ERASED_NAME, eraseApplicant } from "./applicant-erasure.ts";
export { formFields as storedApplicationFields, SUBMISSIONS_PER_DAY } from "./applications.ts";
export { contributorGrantConsumer } from "./contributor-grant.ts";
export {
  APPLICATION_RETENTION_SECONDS,
  EXPIRING_STATES,
} from "./membership-application.entity.ts";
export { membershipRetentionMigration } from "./retention-migration.ts";
export * from "./schemas.ts";

/**
 * Membership of the alliance: a city or region applies, administrators decide,
 * approval makes it a member city with its applicant as first contributor.
 * Every step is in the application's log (`membershipEvent`), which the table's
 * change stream carries to whoever subscribes (decision 0033).
 */
export function membershipUseCases(
  data: DataService,
  directory: IdentityDirectory,
  now: () => Date = () => new Date(),
) {
  return {
    ...applicantUseCases(data, now),
    ...reviewUseCases(data, directory, now),
  };
}
