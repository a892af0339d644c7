import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.ts";

const valid = {
  TABLE_NAME: "alliance",
  COGNITO_USER_POOL_ID: "eu-west-1_abc123",
  COGNITO_CLIENT_ID: "client",
  ATTACHMENTS_BUCKET: "attachments",
  PUBLIC_SITE_URL: "https://alliance.example.eu",
};

describe("loadConfig", () => {
  it("derives the Cognito issuer and JWKS address from the region and pool", () => {
    const config = loadConfig({ ...valid, AWS_REGION: "eu-central-1" });
    expect(config.tokenIssuer).toBe(
      "https://cognito-idp.eu-central-1.amazonaws.com/eu-west-1_abc123",
    );
    expect(config.jwksUri).toBe(`${config.tokenIssuer}/.well-known/jwks.json`);
    expect(config.corsOrigins).toEqual([]);
  });

  it("keeps an explicit issuer (the local emulator) and splits the CORS allow-list", () => {
    const config = loadConfig({
      ...valid,
      COGNITO_ISSUER: "http://localhost:9229/eu-west-1_abc123",
      CORS_ORIGINS: "http://localhost:5173, https://example.org",
    });
    expect(config.jwksUri).toBe("http://localhost:9229/eu-west-1_abc123/.well-known/jwks.json");
    expect(config.corsOrigins).toEqual(["http://localhost:5173", "https://example.org"]);
  });

  it("keeps the public site address without a trailing slash, to build links from", () => {
    expect(loadConfig(valid).publicSiteUrl).toBe("https://alliance.example.eu");
    expect(loadConfig({ ...valid, PUBLIC_SITE_URL: "http://localhost:5173/" }).publicSiteUrl).toBe(
      "http://localhost:5173",
    );
  });

  it("refuses a missing public site address, or one that is not a plain http(s) address", () => {
    const { PUBLIC_SITE_URL: _, ...withoutSite } = valid;
    expect(() => loadConfig(withoutSite)).toThrow(/PUBLIC_SITE_URL is required/);
    for (const bad of ["alliance.example.eu", "javascript:alert(1)", "https://x.eu/?a=1"]) {
      expect(() => loadConfig({ ...valid, PUBLIC_SITE_URL: bad }), bad).toThrow(/PUBLIC_SITE_URL/);
    }
  });

  it("fails fast with one message naming every missing or invalid variable", () => {
    expect(() => loadConfig({ COGNITO_USER_POOL_ID: "nope", DYNAMODB_ENDPOINT: "x" })).toThrow(
      /TABLE_NAME is required.*DYNAMODB_ENDPOINT.*COGNITO_USER_POOL_ID: expected <region>_<id>/,
    );
  });
});
