import { describe, expect, it } from "vitest";
import { ENV } from "../../schema/env.ts";
import { loadEmailConfig } from "./email-config.ts";

const env = {
  [ENV.emailFrom]: "notifications@alliance.example.eu",
  [ENV.publicSiteUrl]: "https://alliance.example.eu/",
  [ENV.userPoolId]: "eu-west-1_abc123",
};

describe("the e-mail configuration", () => {
  it("is absent without a sender, so the stream function sends nothing", () => {
    expect(loadEmailConfig({ ...env, [ENV.emailFrom]: undefined })).toBeNull();
    expect(loadEmailConfig({ ...env, [ENV.emailFrom]: "" })).toBeNull();
  });

  it("builds links on the site's origin, and the one-click on the API's when it has its own", () => {
    expect(loadEmailConfig(env)).toMatchObject({
      from: "notifications@alliance.example.eu",
      webOrigin: "https://alliance.example.eu",
      apiOrigin: "https://alliance.example.eu",
      userPoolId: "eu-west-1_abc123",
    });
    const split = loadEmailConfig({
      ...env,
      [ENV.publicApiUrl]: "https://api.alliance.example.eu",
    });
    expect(split?.apiOrigin).toBe("https://api.alliance.example.eu");
  });

  it("fails at start-up naming each bad variable", () => {
    expect(() =>
      loadEmailConfig({ ...env, [ENV.emailFrom]: "not an address", [ENV.publicApiUrl]: "ftp://x" }),
    ).toThrow(/EMAIL_FROM.*PUBLIC_API_URL/);
    expect(() => loadEmailConfig({ ...env, [ENV.publicSiteUrl]: undefined })).toThrow(
      /PUBLIC_SITE_URL/,
    );
  });
});
