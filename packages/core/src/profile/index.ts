import type { IdentityDirectory } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { accountDeletionUseCases } from "./account-deletion.ts";
import { learningRecordUseCases } from "./learning-record.ts";
import { ownProfileUseCases } from "./own-profile.ts";

export * from "./schemas.ts";

/**
 * The signed-in person's own profile and account (the `/me` routes about them):
 * read and edit the profile, export the learning record, delete the account.
 */
export function profileUseCases(
  data: DataService,
  directory: IdentityDirectory,
  now: () => Date = () => new Date(),
) {
  return {
    ...ownProfileUseCases(data, directory, now),
    ...learningRecordUseCases(data, now),
    ...accountDeletionUseCases(data, directory, now),
  };
}
