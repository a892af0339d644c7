import { beforeAll, describe, expect, it } from "vitest";
import { type Caller, problemOf, type TestContext, testContext } from "./support/context.ts";
import { claimsOf, foreignKey, signToken } from "./support/tokens.ts";

let ctx: TestContext;
let caller: Caller;
let real: { access: string; id: string };

beforeAll(async () => {
  ctx = await testContext();
  caller = await ctx.newUser({ groups: ["trainer"] });
  real = { access: caller.token, id: caller.idToken };
});

/** The profile read with `token` as the bearer token, as the web sends it. */
const meWith = (token: string) => ctx.api({ ...caller, token }).api.me.$get();
const now = () => Math.floor(Date.now() / 1000);

describe("access tokens from the Cognito emulator", () => {
  it("are accepted and their groups become roles", async () => {
    const response = await meWith(real.access);
    expect(response.status).toBe(200);
    expect((await response.json()).roles).toEqual(["trainer"]);
  });

  it("are refused with 401 when anything is wrong with them", async () => {
    const claims = claimsOf(real.access);
    const cases: Record<string, string> = {
      "an ID token instead of an access token": real.id,
      expired: signToken({ ...claims, iat: now() - 7200, exp: now() - 3600 }),
      "for another app client": signToken({ ...claims, client_id: "someone-else" }),
      "from another issuer": signToken({ ...claims, iss: "https://evil.example.com/pool" }),
      "signed with another key": signToken(claims, { key: foreignKey() }),
      "unsigned (alg none)": signToken(claims, { alg: "none" }),
      "with an unknown key id": signToken(claims, { kid: "someone-elses-key" }),
      "tampered after signing": (() => {
        const [header, , signature] = real.access.split(".");
        const payload = Buffer.from(
          JSON.stringify({ ...claims, "cognito:groups": ["admin"] }),
        ).toString("base64url");
        return `${header}.${payload}.${signature}`;
      })(),
    };
    for (const [label, token] of Object.entries(cases)) {
      const response = await meWith(token);
      expect(response.status, label).toBe(401);
      expect(await problemOf(response), label).toMatchObject({ code: "invalid-token" });
    }
  });

  it("a hand-made token with correct claims is accepted: the cases above each fail on one claim", async () => {
    const response = await meWith(signToken(claimsOf(real.access)));
    expect(response.status).toBe(200);
  });
});
