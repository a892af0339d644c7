import {
  AdminAddUserToGroupCommand,
  AdminListGroupsForUserCommand,
  AdminRemoveUserFromGroupCommand,
  CognitoIdentityProviderClient,
} from "@aws-sdk/client-cognito-identity-provider";
import type { Config } from "../config/config.ts";
import { isRole, type Role } from "../schema/roles.ts";

/** Where roles live: the identity provider's groups (Cognito), the one source of truth. */
export interface IdentityDirectory {
  /** Makes the user's roles exactly `roles`; idempotent. */
  setRoles(username: string, roles: readonly Role[]): Promise<void>;
}

export function createCognitoDirectory(
  config: Pick<Config, "region" | "userPoolId"> & Partial<Pick<Config, "cognitoEndpoint">>,
): IdentityDirectory {
  const client = new CognitoIdentityProviderClient({
    region: config.region,
    ...(config.cognitoEndpoint && {
      endpoint: config.cognitoEndpoint,
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  });
  const pool = { UserPoolId: config.userPoolId };

  return {
    async setRoles(username, roles) {
      const current = await client.send(
        new AdminListGroupsForUserCommand({ ...pool, Username: username, Limit: 60 }),
      );
      const held = (current.Groups ?? []).map((group) => group.GroupName ?? "").filter(isRole);
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
