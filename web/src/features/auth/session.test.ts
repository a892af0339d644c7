// @vitest-environment happy-dom
import { cognitoUserPoolsTokenProvider } from "aws-amplify/auth/cognito";
import { describe, expect, it, vi } from "vitest";
import { getAccessToken, loadAuth, mayBeSignedIn, onAuthLoaded, setAuthConfig } from "./session.ts";

setAuthConfig({
  userPoolId: "eu-west-1_session",
  userPoolClientId: "sessionclient",
  userPoolEndpoint: undefined,
});

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString("base64url");
/** An access token as Amplify stores it (Amplify decodes it; nothing here checks a signature). */
const claims = { sub: "ana", username: "ana", exp: Math.floor(Date.now() / 1000) + 3600, iat: 1 };
const accessToken = [base64url({ alg: "RS256", typ: "JWT" }), base64url(claims), "sig"].join(".");

describe("the session, read without loading Amplify", () => {
  it("leaves an anonymous visitor without a token and Amplify unloaded", async () => {
    const heard = vi.fn();
    const cancel = onAuthLoaded(heard);
    expect(mayBeSignedIn()).toBe(false);
    await expect(getAccessToken()).resolves.toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).not.toHaveBeenCalled();
    cancel();
  });

  it("sees the session Amplify's own token store keeps, and tells whoever waits for Amplify", async () => {
    const heard = vi.fn();
    onAuthLoaded(heard);
    const auth = await loadAuth();
    expect(heard).toHaveBeenCalledWith(auth);
    const store = cognitoUserPoolsTokenProvider.authTokenStore;
    const jwt = { payload: claims, toString: () => accessToken };
    await store.storeTokens({ accessToken: jwt, username: "ana", clockDrift: 0 });
    expect(mayBeSignedIn()).toBe(true);
    await expect(getAccessToken()).resolves.toBe(accessToken);
    await store.clearTokens();
    expect(mayBeSignedIn()).toBe(false);
    // Loaded already: a late listener is called at once.
    const late = vi.fn();
    onAuthLoaded(late);
    expect(late).toHaveBeenCalledWith(auth);
  });
});
