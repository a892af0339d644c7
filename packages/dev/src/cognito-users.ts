import type { Role } from "@alliance/core/schema";
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminListGroupsForUserCommand,
  AdminSetUserPasswordCommand,
  AdminUpdateUserAttributesCommand,
  type CognitoIdentityProviderClient,
  InitiateAuthCommand,
  UserNotFoundException,
} from "@aws-sdk/client-cognito-identity-provider";
import { withGroupLock } from "./group-lock.ts";
import { type LocalCloudIds, type LocalEndpoints, localCognito } from "./local-aws.ts";

/** What the helpers need of a local cloud: serialisable, so vitest can `provide` it. */
export interface LocalCloudRef {
  endpoints: LocalEndpoints;
  ids: LocalCloudIds;
}

export interface NewUser {
  username: string;
  password: string;
  groups?: readonly Role[];
  /** A verified e-mail address: where notification e-mail goes (decision 0073). */
  email?: string;
}

export interface EnsuredUser {
  username: string;
  /** The Cognito `sub`: the profile's `subject`. */
  subject: string;
  created: boolean;
}

async function findSubject(
  client: CognitoIdentityProviderClient,
  UserPoolId: string,
  Username: string,
): Promise<string | undefined> {
  try {
    const user = await client.send(new AdminGetUserCommand({ UserPoolId, Username }));
    return user.UserAttributes?.find((attribute) => attribute.Name === "sub")?.Value;
  } catch (error) {
    if (error instanceof UserNotFoundException) return undefined;
    throw error;
  }
}

/**
 * Creates a confirmed user with a permanent password and puts it in `groups`,
 * unless it exists; an existing user keeps its password and gains any missing
 * group. cognito-local supports AdminCreateUser + AdminSetUserPassword(Permanent).
 */
export async function ensureCognitoUser(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
  user: NewUser,
): Promise<EnsuredUser> {
  const UserPoolId = userPoolId;
  const Username = user.username;
  let subject = await findSubject(client, UserPoolId, Username);
  const created = subject === undefined;
  if (created) {
    const result = await client.send(
      new AdminCreateUserCommand({ UserPoolId, Username, MessageAction: "SUPPRESS" }),
    );
    subject = result.User?.Attributes?.find((attribute) => attribute.Name === "sub")?.Value;
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId,
        Username,
        Password: user.password,
        Permanent: true,
      }),
    );
  }
  if (!subject) throw new Error(`Cognito user ${Username} has no sub attribute`);
  if (user.email) {
    // Also on a user made before addresses were seeded; setting the same value is harmless.
    await client.send(
      new AdminUpdateUserAttributesCommand({
        UserPoolId,
        Username,
        UserAttributes: [
          { Name: "email", Value: user.email },
          { Name: "email_verified", Value: "true" },
        ],
      }),
    );
  }

  const current = await client.send(new AdminListGroupsForUserCommand({ UserPoolId, Username }));
  const has = new Set(current.Groups?.map((group) => group.GroupName));
  const missing = (user.groups ?? []).filter((group) => !has.has(group));
  if (missing.length > 0) {
    await withGroupLock(UserPoolId, async () => {
      for (const GroupName of missing) {
        await client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username, GroupName }));
      }
    });
  }
  return { username: Username, subject, created };
}

/** Test helper: a signed-up, confirmed user in the local pool (reused if it exists). */
export async function createUser(cloud: LocalCloudRef, user: NewUser): Promise<EnsuredUser> {
  const client = localCognito(cloud.endpoints.cognito);
  try {
    return await ensureCognitoUser(client, cloud.ids.userPoolId, user);
  } finally {
    client.destroy();
  }
}

export interface Tokens {
  accessToken: string;
  idToken: string;
  refreshToken: string;
}

/** Signs in the way the web app does (USER_PASSWORD_AUTH) and returns the emulator's real tokens. */
export async function signIn(
  cloud: LocalCloudRef,
  username: string,
  password: string,
): Promise<Tokens> {
  const client = localCognito(cloud.endpoints.cognito);
  try {
    const result = await client.send(
      new InitiateAuthCommand({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: cloud.ids.userPoolClientId,
        AuthParameters: { USERNAME: username, PASSWORD: password },
      }),
    );
    const tokens = result.AuthenticationResult;
    if (!tokens?.AccessToken || !tokens.IdToken || !tokens.RefreshToken) {
      throw new Error(`Sign-in of ${username} ended in challenge ${result.ChallengeName ?? "?"}`);
    }
    return {
      accessToken: tokens.AccessToken,
      idToken: tokens.IdToken,
      refreshToken: tokens.RefreshToken,
    };
  } finally {
    client.destroy();
  }
}

/**
 * Test helper: new access token from a refresh token, as the web app renews its
 * session (REFRESH_TOKEN_AUTH). Rejects as Cognito does once the token is revoked.
 */
export async function refreshSignIn(cloud: LocalCloudRef, refreshToken: string): Promise<string> {
  const client = localCognito(cloud.endpoints.cognito);
  try {
    const result = await client.send(
      new InitiateAuthCommand({
        AuthFlow: "REFRESH_TOKEN_AUTH",
        ClientId: cloud.ids.userPoolClientId,
        AuthParameters: { REFRESH_TOKEN: refreshToken },
      }),
    );
    const token = result.AuthenticationResult?.AccessToken;
    if (!token) throw new Error(`Refresh ended in challenge ${result.ChallengeName ?? "?"}`);
    return token;
  } finally {
    client.destroy();
  }
}
