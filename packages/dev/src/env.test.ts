import { ENV, loadConfig, WEB_ENV } from "@alliance/core";
import { loadEmailConfig } from "@alliance/core/email";
import { describe, expect, it } from "vitest";
import { LOCAL_EMAIL_FROM, toApiEnv, toWebEnv } from "./env.ts";
import type { LocalCloudIds, LocalEndpoints } from "./local-aws.ts";

const endpoints: LocalEndpoints = {
  dynamodb: "http://localhost:8000",
  cognito: "http://localhost:9229",
  s3: "http://localhost:4569",
  ses: "http://localhost:8005",
};
const ids: LocalCloudIds = {
  tableName: "alliance-local",
  userPoolId: "local_4Xbq9Vkz",
  userPoolClientId: "3kq0c1w6x0l1vb7f0ysnk0r1a",
  bucket: "alliance-local-attachments",
  tokenIssuer: "http://localhost:9229/local_4Xbq9Vkz",
};

describe("toApiEnv", () => {
  it("sets every variable the API's config needs, under core's names", () => {
    const config = loadConfig(toApiEnv(endpoints, ids));
    expect(config).toMatchObject({
      stage: "local",
      tableName: ids.tableName,
      dynamoEndpoint: endpoints.dynamodb,
      cognitoEndpoint: endpoints.cognito,
      userPoolId: ids.userPoolId,
      userPoolClientId: ids.userPoolClientId,
      tokenIssuer: ids.tokenIssuer,
      jwksUri: `${ids.tokenIssuer}/.well-known/jwks.json`,
      attachmentsBucket: ids.bucket,
      s3Endpoint: endpoints.s3,
      publicSiteUrl: "http://localhost:5173",
    });
    expect(loadEmailConfig(toApiEnv(endpoints, ids))).toMatchObject({
      sesEndpoint: endpoints.ses,
      from: LOCAL_EMAIL_FROM,
      webOrigin: "http://localhost:5173",
      apiOrigin: "http://localhost:5173",
      userPoolId: ids.userPoolId,
    });
    expect(loadConfig(toApiEnv(endpoints, ids, "http://localhost:5174")).publicSiteUrl).toBe(
      "http://localhost:5174",
    );
  });

  it("leaves CORS and log level to the caller", () => {
    const env = toApiEnv(endpoints, ids);
    expect(env).not.toHaveProperty(ENV.corsOrigins);
    expect(env).not.toHaveProperty(ENV.logLevel);
  });

  it("gives the SDK dummy credentials, so it never looks for real ones", () => {
    expect(toApiEnv(endpoints, ids)).toMatchObject({
      AWS_ACCESS_KEY_ID: "S3RVER",
      AWS_SECRET_ACCESS_KEY: "S3RVER",
    });
  });
});

describe("toWebEnv", () => {
  it("points the web app's sign-in at the Cognito emulator", () => {
    expect(toWebEnv(endpoints, ids)).toMatchObject({
      [WEB_ENV.userPoolId]: ids.userPoolId,
      [WEB_ENV.userPoolClientId]: ids.userPoolClientId,
      [WEB_ENV.userPoolEndpoint]: endpoints.cognito,
    });
    expect(toWebEnv(endpoints, ids)[WEB_ENV.contactEmail]).toMatch(/@alliance\.example$/);
  });
});
