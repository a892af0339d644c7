import { describe, expect, it } from "vitest";
import { isLocalUrl } from "./local-aws.ts";
import { seedDemo } from "./seed.ts";

const ids = {
  tableName: "alliance-local",
  userPoolId: "local_abc",
  userPoolClientId: "client",
  bucket: "alliance-local-attachments",
  tokenIssuer: "http://localhost:9229/local_abc",
};

describe("isLocalUrl", () => {
  it.each(["http://localhost:8000", "http://127.0.0.1:9229", "http://[::1]:4569"])(
    "%s is local",
    (url) => {
      expect(isLocalUrl(url)).toBe(true);
    },
  );

  it.each([
    "https://dynamodb.eu-west-1.amazonaws.com",
    "https://cognito-idp.eu-west-1.amazonaws.com",
    "http://localhost.evil.example",
    "not a url",
  ])("%s is not", (url) => {
    expect(isLocalUrl(url)).toBe(false);
  });
});

describe("seedDemo", () => {
  it("refuses to seed anything but local emulators, before any request", async () => {
    const cloud = {
      endpoints: {
        dynamodb: "https://dynamodb.eu-west-1.amazonaws.com",
        cognito: "http://localhost:9229",
        s3: "http://localhost:4569",
        ses: "http://localhost:8005",
      },
      ids,
    };
    await expect(seedDemo(cloud)).rejects.toThrow(
      "Refusing to seed demo data: the dynamodb endpoint https://dynamodb.eu-west-1.amazonaws.com is not a local emulator.",
    );
  });
});
