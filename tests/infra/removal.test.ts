import { Match, type Template } from "aws-cdk-lib/assertions";
import { beforeAll, describe, it } from "vitest";
import { PRODUCTION_STAGE } from "../../infra/platform-settings.ts";
import { HOOK_TIMEOUT_MS, synthAlliance } from "./synth-alliance.ts";

let production: { data: Template; auth: Template; web: Template };

beforeAll(() => {
  production = synthAlliance({ stage: PRODUCTION_STAGE });
}, HOOK_TIMEOUT_MS);

describe(`the ${PRODUCTION_STAGE} stage`, () => {
  it("retains and deletion-protects the table", () => {
    production.data.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtectionEnabled: true }),
    });
  });

  it("retains the attachments bucket and never empties it", () => {
    production.data.hasResource("AWS::S3::Bucket", { DeletionPolicy: "Retain" });
    production.data.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
  });

  it("retains the web app's bucket and never empties it", () => {
    production.web.hasResource("AWS::S3::Bucket", { DeletionPolicy: "Retain" });
    production.web.resourceCountIs("Custom::S3AutoDeleteObjects", 0);
  });

  it("retains and deletion-protects the user pool", () => {
    production.auth.hasResource("AWS::Cognito::UserPool", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({ DeletionProtection: "ACTIVE" }),
    });
  });
});
