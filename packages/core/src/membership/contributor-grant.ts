import type { IdentityDirectory } from "../auth/index.ts";
import type { DataService } from "../data/service.ts";
import type { ChangeConsumer } from "../stream/change.ts";

/**
 * Makes an approved applicant a contributor when the approval's own attempt did not
 * (decision 0033): the role is a Cognito group, outside the approval's transaction,
 * so Cognito failing right after the commit would leave a member city whose first
 * contributor cannot publish. This consumer of the `approved` log entry grants it from
 * the stream, retried by the backbone until Cognito answers.
 *
 * It reads the person now rather than trusting the entry: nothing is done for an
 * account erased since, or a person an administrator has since moved to another city.
 * Idempotent: a contributor already is one (the approval's attempt usually succeeded).
 */
export function contributorGrantConsumer(
  data: DataService,
  directory: IdentityDirectory,
): ChangeConsumer {
  return {
    name: "contributor-grant",
    wants: (change) =>
      change.entity === "membershipEvent" &&
      change.kind === "insert" &&
      change.newImage?.action === "approved",
    async handle(change) {
      const { applicantId, cityId } = change.newImage ?? {};
      if (typeof applicantId !== "string" || typeof cityId !== "string") return;
      const found = await data.entities.user.query
        .byUserId({ userId: applicantId })
        .go({ limit: 1 });
      const applicant = found.data[0];
      if (!applicant || applicant.cityId !== cityId) return;
      const roles = await directory.rolesOf(applicant.username);
      if (roles.includes("contributor")) return;
      await directory.setRoles(applicant.username, [...roles, "contributor"]);
    },
  };
}
