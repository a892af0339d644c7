import type { IdentityDirectory } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import { personUseCases } from "./people.ts";
import { roleAssignmentUseCases } from "./role-assignment.ts";
import { suspensionUseCases } from "./suspension.ts";

export * from "./schemas.ts";

/**
 * People as administrators see them: find a person, set their city, assign
 * their roles. Roles live in the identity provider (`directory`).
 */
export function peopleUseCases(
  data: DataService,
  directory: IdentityDirectory,
  now: () => Date = () => new Date(),
) {
  return {
    ...personUseCases(data, directory, now),
    ...roleAssignmentUseCases(data, directory, now),
    ...suspensionUseCases(data, directory, now),
  };
}
