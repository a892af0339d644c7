import { z } from "zod";
import type { Message } from "../../ui/form/index.ts";

/**
 * What the sign-in journey checks before asking Cognito (which checks again): no
 * core schema covers these, as the API never sees a password.
 */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const USERNAME = /^[\p{L}\p{M}\p{N}._@+-]{3,128}$/u;

const given = z.string().trim().min(1);
const newUsername = given.regex(USERNAME);
const newPassword = z.string().min(8);
const code = given;

export const signInSchema = z.object({ username: given, password: z.string().min(1) });
export const signUpSchema = z.object({
  username: newUsername,
  email: given.regex(EMAIL),
  password: newPassword,
});
export const confirmSchema = z.object({ username: given, code });
export const forgotSchema = z.object({ username: given });
export const resetSchema = z.object({ username: given, code, password: newPassword });

/** The message of each field: "required" when empty, else why it is refused. */
export function authMessage(
  field: string,
  issue: { code: string },
  values: Record<string, string>,
): Message {
  const empty = (values[field] ?? "").trim() === "";
  if (field === "password") {
    // Signing in needs a password; a new one needs 8 characters, and says so even when empty.
    const newOne = "minimum" in issue && Number(issue.minimum) > 1;
    return { key: newOne ? "auth.errors.passwordTooShort" : "auth.errors.passwordRequired" };
  }
  if (field === "username") {
    return { key: empty ? "auth.errors.usernameRequired" : "auth.errors.usernameInvalid" };
  }
  if (field === "email") {
    return { key: empty ? "auth.errors.emailRequired" : "auth.errors.emailInvalid" };
  }
  return { key: "auth.errors.codeRequired" };
}
