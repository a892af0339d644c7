import { CfnOutput, Stack, type StackProps } from "aws-cdk-lib";
import * as cognito from "aws-cdk-lib/aws-cognito";
import type { Construct } from "constructs";
import { cognitoThreatProtection, isProduction } from "../infra/platform-settings.ts";
import { ROLES } from "../packages/core/src/schema/index.ts";
import { removalPolicyFor, type StageProps } from "./stage.ts";

/**
 * The Cognito user pool (sign-in with a username or the email alias, as locally),
 * the web app's client, and one group per role. Threat protection (adaptive
 * authentication, compromised credentials) needs the Plus feature plan.
 */
export class AuthStack extends Stack {
  readonly userPool: cognito.UserPool;
  readonly userPoolClient: cognito.UserPoolClient;

  constructor(scope: Construct, id: string, props: StackProps & StageProps) {
    super(scope, id, props);

    this.userPool = new cognito.UserPool(this, "UserPool", {
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      selfSignUpEnabled: true,
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: false,
      },
      deletionProtection: isProduction(props.stage),
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode:
        cognitoThreatProtection(props.stage) === "ENFORCED"
          ? cognito.StandardThreatProtectionMode.FULL_FUNCTION
          : cognito.StandardThreatProtectionMode.AUDIT_ONLY,
      // No custom authentication flow is enabled, so customThreatProtectionMode stays unset.
      removalPolicy: removalPolicyFor(props.stage),
    });

    // Public client (no secret): password sign-in as with the local emulator, and refresh.
    this.userPoolClient = this.userPool.addClient("WebClient", {
      generateSecret: false,
      authFlows: { userPassword: true },
      preventUserExistenceErrors: true,
      disableOAuth: true,
    });

    ROLES.forEach((role, precedence) => {
      new cognito.CfnUserPoolGroup(this, `Group-${role}`, {
        userPoolId: this.userPool.userPoolId,
        groupName: role,
        precedence,
      });
    });

    // The web build needs these as its WEB_ENV (core) variables.
    new CfnOutput(this, "UserPoolId", { value: this.userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: this.userPoolClient.userPoolClientId });
  }
}
