import {
  AdminAddUserToGroupCommand,
  AdminDeleteUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  CognitoIdentityProviderClient,
  ListUsersInGroupCommand,
  UserNotFoundException,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Config } from "../config/config.ts";
import { awsClientLimits, callLimitsFor } from "../data/aws-call-limits.ts";
import { isRole, type Role } from "../schema/roles.ts";

/** Where roles live: the identity provider's groups (Cognito), the one source of truth. */
export interface IdentityDirectory {
  /** Makes the user's roles exactly `roles`; idempotent. */
  setRoles(username: string, roles: readonly Role[]): Promise<void>;
  /** The roles the user holds now (not as of their last token). */
  rolesOf(username: string): Promise<Role[]>;
  /** Subjects (`sub`) of everyone holding `role`. */
  membersOf(role: Role): Promise<string[]>;
  /** Deletes the sign-in; idempotent. */
  deleteUser(username: string): Promise<void>;
}

/**
 * The user pool's admin API, with the timeouts and retry of aws-call-limits.ts: when
 * Cognito is down, role changes, co-trainers and account deletion answer 503.
 */
export function createCognitoDirectory(
  config: Pick<Config, "region" | "userPoolId"> & Partial<Pick<Config, "cognitoEndpoint">>,
  /** Inject a client (tests simulate Cognito's faults); by default one for `config`. */
  client = new CognitoIdentityProviderClient({
    region: config.region,
    ...awsClientLimits(callLimitsFor(config.cognitoEndpoint)),
    ...(config.cognitoEndpoint && {
      endpoint: config.cognitoEndpoint,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  }),
): IdentityDirectory {
  const pool = { UserPoolId: config.userPoolId };

  async function rolesOf(username: string): Promise<Role[]> {
    const current = await client.send(
      new AdminListGroupsForUserCommand({ ...pool, Username: username, Limit: 60 }),
    );
    return (current.Groups ?? []).map((group) => group.GroupName ?? "").filter(isRole);
  }

  return {
    rolesOf,
    async deleteUser(username) {
      try {
        await client.send(new AdminDeleteUserCommand({ ...pool, Username: username }));
      } catch (error) {
        if (!(error instanceof UserNotFoundException)) throw error;
      }
    },
    async membersOf(role) {
      const subjects: string[] = [];
      let NextToken: string | undefined;
      do {
        const page = await client.send(
          new ListUsersInGroupCommand({ ...pool, GroupName: role, Limit: 60, NextToken }),
        );
        for (const user of page.Users ?? []) {
          const sub = user.Attributes?.find((attribute) => attribute.Name === "sub")?.Value;
          if (sub && user.Enabled !== false) subjects.push(sub);
        }
        NextToken = page.NextToken;
      } while (NextToken);
      return subjects;
    },
    async setRoles(username, roles) {
      const held = await rolesOf(username);
      for (const role of roles.filter((role) => !held.includes(role))) {
        await client.send(
          new AdminAddUserToGroupCommand({ ...pool, Username: username, GroupName: role }),
        );
      }
      for (const role of held.filter((role) => !roles.includes(role))) {
        await client.send(
          new AdminRemoveUserFromGroupCommand({ ...pool, Username: username, GroupName: role }),
        );
      }
    },
  };
}
