import {
  AdminGetUserCommand,
  type CognitoIdentityProviderClient,
  UserNotFoundException,
} from "@aws-sdk/client-cognito-identity-provider";

/** A person's e-mail address by their sign-in's username, or null when they have none. */
export type AddressBook = (username: string) => Promise<string | null>;

/**
 * Reads the address from the user pool (AdminGetUser, the `email` attribute) at the
 * moment of sending (decision 0073): it is never copied into a notification or the
 * table, so a changed address is used at once and a deleted sign-in gets nothing.
 */
export function cognitoAddressBook(
  client: CognitoIdentityProviderClient,
  userPoolId: string,
): AddressBook {
  return async (username) => {
    try {
      const user = await client.send(
        new AdminGetUserCommand({ UserPoolId: userPoolId, Username: username }),
      );
      if (user.Enabled === false) return null;
      const email = user.UserAttributes?.find((attribute) => attribute.Name === "email")?.Value;
      return email?.trim() ? email.trim() : null;
    } catch (error) {
      if (error instanceof UserNotFoundException) return null;
      throw error;
    }
  };
}
