/**
 * Everything of Amplify the app uses, in one lazily loaded chunk: the first page
 * paints without it, and it arrives while the visitor reads.
 */
import { Amplify } from "aws-amplify";
import type { WebConfig } from "../../config/web-config.ts";

export {
  confirmResetPassword,
  confirmSignUp,
  fetchAuthSession,
  getCurrentUser,
  resendSignUpCode,
  resetPassword,
  signIn,
  signOut,
  signUp,
} from "aws-amplify/auth";
export { Hub } from "aws-amplify/utils";

export function configure(config: WebConfig): void {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: config.userPoolId,
        userPoolClientId: config.userPoolClientId,
        // Only the local emulator has an endpoint; real Cognito derives it from the pool id.
        ...(config.userPoolEndpoint ? { userPoolEndpoint: config.userPoolEndpoint } : {}),
      },
    },
  });
}
