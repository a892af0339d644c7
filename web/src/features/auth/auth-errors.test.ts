import { describe, expect, it } from "vitest";
import { authErrorKey, safeReturnPath } from "./auth-errors.ts";

function named(name: string): Error {
  const error = new Error("x");
  error.name = name;
  return error;
}

describe("authErrorKey", () => {
  it("says the same for a wrong password on the emulator and on real Cognito", () => {
    expect(authErrorKey("signIn", named("InvalidPasswordException"))).toBe(
      "auth.errors.wrongCredentials",
    );
    expect(authErrorKey("signIn", named("NotAuthorizedException"))).toBe(
      "auth.errors.wrongCredentials",
    );
    expect(authErrorKey("signIn", named("UserNotFoundException"))).toBe(
      "auth.errors.wrongCredentials",
    );
  });

  it("explains a weak password when creating an account", () => {
    expect(authErrorKey("signUp", named("InvalidPasswordException"))).toBe(
      "auth.errors.weakPassword",
    );
  });

  it("falls back to a generic message for anything unknown", () => {
    expect(authErrorKey("confirm", new Error("boom"))).toBe("auth.errors.generic");
    expect(authErrorKey("signIn", new TypeError("Failed to fetch"))).toBe("auth.errors.network");
  });
});

describe("safeReturnPath", () => {
  it("keeps local paths and refuses other sites", () => {
    expect(safeReturnPath("/profile?tab=1")).toBe("/profile?tab=1");
    expect(safeReturnPath("//evil.example")).toBe("/");
    expect(safeReturnPath("https://evil.example")).toBe("/");
    expect(safeReturnPath("/\\evil.example")).toBe("/");
    expect(safeReturnPath(null, "/profile")).toBe("/profile");
  });
});
