import { describe, expect, it } from "vitest";
import { rolesOf } from "./roles.ts";

describe("rolesOf", () => {
  it("reads the platform's roles from the access token's groups", () => {
    expect(rolesOf({ "cognito:groups": ["trainer", "admin"] })).toEqual(["trainer", "admin"]);
    expect(rolesOf({ "cognito:groups": ["contributor", "us-east-1_pool_Google", 3] })).toEqual([
      "contributor",
    ]);
  });

  it("gives no role for a token without groups or with a claim of another shape", () => {
    expect(rolesOf({})).toEqual([]);
    expect(rolesOf(undefined)).toEqual([]);
    expect(rolesOf({ "cognito:groups": "admin" })).toEqual([]);
  });
});
