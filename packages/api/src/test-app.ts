import { type Core, createCore, isRole, VisibleError } from "@alliance/core";
import { exchangeSearch } from "@alliance/core/exchange-search";
import type { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";
import { createApp } from "./app.ts";
import type { TokenVerifier } from "./middleware/token-verifier.ts";

/**
 * For route tests that need no emulator: a token `user.<subject>.<role-role|none>`
 * stands for a verified caller; any other token is refused like an invalid one.
 * Integration tests use real tokens from the Cognito emulator instead.
 */
export const fakeVerifier: TokenVerifier = {
  async verify(token) {
    const [kind, subject, roles = ""] = token.split(".");
    if (kind !== "user" || !subject) {
      throw new VisibleError("unauthenticated", "invalid-token", "Invalid token.");
    }
    return { kind: "user", subject, username: subject, roles: roles.split("-").filter(isRole) };
  },
};

export function testApp(options: { core?: Core; client?: DynamoDBDocumentClient } = {}) {
  const core =
    options.core ??
    createCore({
      config: { tableName: "test", region: "eu-west-1", dynamoEndpoint: "http://127.0.0.1:9" },
      search: exchangeSearch,
      ...(options.client && { client: options.client }),
    });
  return createApp({
    core,
    verifier: fakeVerifier,
    corsOrigins: ["https://app.example.org"],
    logLevel: "SILENT",
  });
}
