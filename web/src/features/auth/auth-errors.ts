/** What the person was doing when Cognito answered with an error. */
export type AuthOperation = "signIn" | "signUp" | "confirm" | "resend" | "forgot" | "reset";

/**
 * Maps a Cognito or Amplify error to the key of a friendly translated message.
 * Wrong credentials never say whether the account exists. The Cognito emulator
 * answers a wrong password with InvalidPasswordException, real Cognito with
 * NotAuthorizedException; both mean the same thing when signing in.
 */
export function authErrorKey(operation: AuthOperation, error: unknown): string {
  const name = error instanceof Error ? error.name : "";
  switch (name) {
    case "NotAuthorizedException":
    case "UserNotFoundException":
      if (operation === "signIn") return "auth.errors.wrongCredentials";
      if (operation === "forgot" || operation === "reset") return "auth.errors.cannotReset";
      return "auth.errors.notAllowed";
    case "InvalidPasswordException":
      return operation === "signIn" ? "auth.errors.wrongCredentials" : "auth.errors.weakPassword";
    case "UsernameExistsException":
    case "AliasExistsException":
      return "auth.errors.usernameTaken";
    case "CodeMismatchException":
      return "auth.errors.wrongCode";
    case "ExpiredCodeException":
      return "auth.errors.expiredCode";
    case "LimitExceededException":
    case "TooManyRequestsException":
    case "TooManyFailedAttemptsException":
      return "auth.errors.tooMany";
    case "InvalidParameterException":
      return operation === "signUp" ? "auth.errors.checkDetails" : "auth.errors.generic";
    case "UserNotConfirmedException":
      return "auth.errors.notConfirmed";
    case "UnsupportedStep":
      return "auth.errors.unsupportedStep";
    case "NetworkError":
      return "auth.errors.network";
    default:
      return error instanceof TypeError ? "auth.errors.network" : "auth.errors.generic";
  }
}

/** A local path to return to after signing in; anything else (another site) is ignored. */
export function safeReturnPath(value: string | null | undefined, fallback = "/"): string {
  if (!value?.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}
