import {
  AdminAddUserToGroupCommand,
  AdminDeleteUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  AdminUserGlobalSignOutCommand,
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
  /**
   * Signs the user out everywhere (revokes their refresh tokens), then deletes the
   * sign-in; idempotent. A failed sign-out does not stop the deletion, which makes
   * the refresh tokens fail as well: it is reported, for the logs.
   */
  deleteUser(username: string): Promise<DeletedUser>;
  /**
   * Suspends (`false`: the sign-in is disabled, so no token is issued or refreshed) or
   * reinstates a user; idempotent. A sign-in that no longer exists is left.
   */
  setEnabled(username: string, enabled: boolean): Promise<void>;
}

export interface DeletedUser {
  /** Why the global sign-out failed (the error's name), or null when it did not. */
  signOutFailure: string | null;
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
    try {
      const current = await client.send(
        new AdminListGroupsForUserCommand({ ...pool, Username: username, Limit: 60 }),
      );
      return (current.Groups ?? []).map((group) => group.GroupName ?? "").filter(isRole);
    } catch (error) {
      // A sign-in deleted (say, in the console) while its profile remains holds no role.
      if (error instanceof UserNotFoundException) return [];
      throw error;
    }
  }

  return {
    rolesOf,
    async deleteUser(username) {
      const user = { ...pool, Username: username };
      let signOutFailure: string | null = null;
      try {
        await client.send(new AdminUserGlobalSignOutCommand(user));
      } catch (error) {
        if (error instanceof UserNotFoundException) return { signOutFailure };
        signOutFailure = error instanceof Error ? error.name : "UnknownError";
      }
      try {
        await client.send(new AdminDeleteUserCommand(user));
      } catch (error) {
        if (!(error instanceof UserNotFoundException)) throw error;
      }
      return { signOutFailure };
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
    async setEnabled(username, enabled) {
      const user = { ...pool, Username: username };
      try {
        if (enabled) {
          await client.send(new AdminEnableUserCommand(user));
          return;
        }
        // No global sign-out: a disabled user can neither sign in nor refresh a token, and
        // the API refuses a suspended person's access tokens anyway (refuseSuspended). One
        // call keeps the suspension inside the request's time budget.
        await client.send(new AdminDisableUserCommand(user));
      } catch (error) {
        if (!(error instanceof UserNotFoundException)) throw error;
      }
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
