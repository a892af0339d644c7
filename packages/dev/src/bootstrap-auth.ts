import { ROLES } from "@alliance/core/schema";
import {
  type CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  GroupExistsException,
  ListGroupsCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { LOCAL_NAMES } from "./local-aws.ts";

async function findUserPool(client: CognitoIdentityProviderClient): Promise<string | undefined> {
  let NextToken: string | undefined;
  do {
    const page = await client.send(new ListUserPoolsCommand({ MaxResults: 60, NextToken }));
    const pool = page.UserPools?.find((candidate) => candidate.Name === LOCAL_NAMES.userPool);
    if (pool?.Id) return pool.Id;
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
}

async function findClient(
  client: CognitoIdentityProviderClient,
  UserPoolId: string,
): Promise<string | undefined> {
  let NextToken: string | undefined;
  do {
    const page = await client.send(
      new ListUserPoolClientsCommand({ UserPoolId, MaxResults: 60, NextToken }),
    );
    const found = page.UserPoolClients?.find((c) => c.ClientName === LOCAL_NAMES.userPoolClient);
    if (found?.ClientId) return found.ClientId;
    NextToken = page.NextToken;
  } while (NextToken);
  return undefined;
}

/**
 * Finds or creates the user pool "alliance-local", its app client (no secret:
 * the browser signs in with USER_PASSWORD_AUTH, the only flow cognito-local
 * has, and refreshes tokens) and one group per role. `created` is [] on a rerun.
 */
export async function ensureUserPool(client: CognitoIdentityProviderClient): Promise<{
  userPoolId: string;
  userPoolClientId: string;
  created: string[];
}> {
  const created: string[] = [];
  let userPoolId = await findUserPool(client);
  if (!userPoolId) {
    // As in AWS: self sign-up sends a code to the email address (the emulator prints it).
    const result = await client.send(
      new CreateUserPoolCommand({
        PoolName: LOCAL_NAMES.userPool,
        AutoVerifiedAttributes: ["email"],
      }),
    );
    userPoolId = result.UserPool?.Id;
    if (!userPoolId) throw new Error("cognito-local created a user pool without an id");
    created.push(`user pool ${userPoolId}`);
  }

  let userPoolClientId = await findClient(client, userPoolId);
  if (!userPoolClientId) {
    const result = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: LOCAL_NAMES.userPoolClient,
        GenerateSecret: false,
        ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      }),
    );
    userPoolClientId = result.UserPoolClient?.ClientId;
    if (!userPoolClientId) throw new Error("cognito-local created an app client without an id");
    created.push(`app client ${userPoolClientId}`);
  }

  const groups = await client.send(new ListGroupsCommand({ UserPoolId: userPoolId, Limit: 60 }));
  const existing = new Set(groups.Groups?.map((group) => group.GroupName));
  for (const role of ROLES.filter((name) => !existing.has(name))) {
    try {
      await client.send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: role }));
      created.push(`group ${role}`);
    } catch (error) {
      if (!(error instanceof GroupExistsException)) throw error;
    }
  }
  return { userPoolId, userPoolClientId, created };
}
