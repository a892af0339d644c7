import { ROLES } from "../packages/core/src/schema/index.ts";
import { cognitoThreatProtection, isProduction } from "./platform-settings.ts";

/**
 * People sign in with their username or their email address (an alias), as in the
 * local emulator, so the username in access tokens is the one they chose. The
 * pool's groups are the platform's roles. Threat protection (adaptive authentication,
 * compromised credentials) needs the Plus feature plan (decision 0016).
 */
export const userPool = new sst.aws.CognitoUserPool("UserPool", {
  aliases: ["email"],
  transform: {
    userPool: (args) => {
      args.deletionProtection = isProduction($app.stage) ? "ACTIVE" : "INACTIVE";
      args.userPoolTier = "PLUS";
      // No custom authentication flow is enabled, so only the standard mode is set.
      args.userPoolAddOns = { advancedSecurityMode: cognitoThreatProtection($app.stage) };
      args.passwordPolicy = {
        minimumLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireNumbers: true,
        requireSymbols: false,
        temporaryPasswordValidityDays: 7,
      };
    },
  },
});

/**
 * The web app's client: public (no secret), password sign-in (USER_PASSWORD_AUTH, the
 * flow the local Cognito emulator also supports) and refresh tokens. No hosted UI.
 */
export const userPoolClient = userPool.addClient("Web", {
  transform: {
    client: (args) => {
      args.generateSecret = false;
      args.explicitAuthFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];
      args.preventUserExistenceErrors = "ENABLED";
      args.allowedOauthFlowsUserPoolClient = false;
      args.allowedOauthFlows = [];
      args.allowedOauthScopes = [];
      args.callbackUrls = [];
    },
  },
});

export const groups = ROLES.map(
  (role, precedence) =>
    new aws.cognito.UserGroup(`UserGroup${role[0]?.toUpperCase()}${role.slice(1)}`, {
      userPoolId: userPool.id,
      name: role,
      precedence,
    }),
);
