import {
  AdminDeleteUserCommand,
  AdminListGroupsForUserCommand,
  AdminUserGlobalSignOutCommand,
  CognitoIdentityProviderClient,
  InternalErrorException,
  TooManyRequestsException,
  UserNotFoundException,
} from "@aws-sdk/client-cognito-identity-provider";
import { mockClient } from "aws-sdk-client-mock";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createCognitoDirectory } from "./identity-directory.ts";

const cognito = mockClient(CognitoIdentityProviderClient);
const directory = createCognitoDirectory({ region: "eu-west-1", userPoolId: "eu-west-1_pool" });
const user = { UserPoolId: "eu-west-1_pool", Username: "maria" };
const meta = { $metadata: {} };

const sent = () =>
  cognito.calls().map((call) => {
    const command = call.args[0] as { constructor: { name: string }; input: unknown };
    return [command.constructor.name, command.input];
  });

beforeEach(() => {
  cognito.reset();
});

afterAll(() => {
  cognito.restore();
});

describe("deleting a sign-in", () => {
  it("signs the person out everywhere (revoking refresh tokens), then deletes them", async () => {
    cognito.on(AdminUserGlobalSignOutCommand).resolves({});
    cognito.on(AdminDeleteUserCommand).resolves({});

    expect(await directory.deleteUser("maria")).toEqual({ signOutFailure: null });
    expect(sent()).toEqual([
      ["AdminUserGlobalSignOutCommand", user],
      ["AdminDeleteUserCommand", user],
    ]);
  });

  it("still deletes the sign-in when the sign-out fails, and says why", async () => {
    cognito
      .on(AdminUserGlobalSignOutCommand)
      .rejects(new InternalErrorException({ message: "Internal error", ...meta }));
    cognito.on(AdminDeleteUserCommand).resolves({});

    expect(await directory.deleteUser("maria")).toEqual({
      signOutFailure: "InternalErrorException",
    });
    // Not left half-deleted: the sign-in goes, and with it every refresh token.
    expect(sent().map(([name]) => name)).toEqual([
      "AdminUserGlobalSignOutCommand",
      "AdminDeleteUserCommand",
    ]);
  });

  it("takes a person already gone as deleted (a repeated deletion)", async () => {
    cognito
      .on(AdminUserGlobalSignOutCommand)
      .rejects(new UserNotFoundException({ message: "User does not exist.", ...meta }));

    expect(await directory.deleteUser("maria")).toEqual({ signOutFailure: null });
    expect(sent().map(([name]) => name)).toEqual(["AdminUserGlobalSignOutCommand"]);
  });

  it("fails when the sign-in cannot be deleted, so that the person can try again", async () => {
    cognito.on(AdminUserGlobalSignOutCommand).resolves({});
    cognito
      .on(AdminDeleteUserCommand)
      .rejects(new TooManyRequestsException({ message: "Slow down", ...meta }));

    await expect(directory.deleteUser("maria")).rejects.toBeInstanceOf(TooManyRequestsException);
  });
});

describe("the roles a person holds now", () => {
  it("are their groups that name a role", async () => {
    cognito.on(AdminListGroupsForUserCommand).resolves({
      Groups: [{ GroupName: "contributor" }, { GroupName: "beta-testers" }],
    });
    expect(await directory.rolesOf("maria")).toEqual(["contributor"]);
  });

  it("are none for a sign-in that no longer exists", async () => {
    cognito
      .on(AdminListGroupsForUserCommand)
      .rejects(new UserNotFoundException({ message: "User does not exist.", ...meta }));
    expect(await directory.rolesOf("maria")).toEqual([]);
  });
});
