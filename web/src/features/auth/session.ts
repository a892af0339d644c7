import type { WebConfig } from "../../config/web-config.ts";

type AuthModule = typeof import("./amplify.ts");

let config: WebConfig | undefined;
let loading: Promise<AuthModule> | undefined;
let loaded: AuthModule | undefined;
const whenLoaded = new Set<(auth: AuthModule) => void>();

/** Called once at start-up with the checked build-time configuration. */
export function setAuthConfig(value: WebConfig): void {
  config = value;
}

/** Amplify, configured; loaded on first use. A failed download may be retried. */
export function loadAuth(): Promise<AuthModule> {
  if (!loading) {
    const settings = config;
    if (!settings) return Promise.reject(new Error("setAuthConfig was not called"));
    loading = import("./amplify.ts").then((auth) => {
      auth.configure(settings);
      loaded = auth;
      // Before anyone awaiting loadAuth() signs in: listeners hear every event.
      for (const listener of whenLoaded) listener(auth);
      whenLoaded.clear();
      return auth;
    });
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/**
 * Calls `listener` with Amplify once something has loaded it (at once if it is loaded),
 * without loading it. Returns a function that cancels the call.
 */
export function onAuthLoaded(listener: (auth: AuthModule) => void): () => void {
  if (loaded) {
    listener(loaded);
    return () => {};
  }
  whenLoaded.add(listener);
  return () => whenLoaded.delete(listener);
}

/**
 * Whether this device may hold a session, read as Amplify reads it (its default token
 * store: `localStorage`, keys `CognitoIdentityServiceProvider.<client>.LastAuthUser`
 * and `….<user>.accessToken`) without loading Amplify: without an access token Amplify
 * has no session to give. When storage cannot be read, only Amplify can tell: true.
 */
export function mayBeSignedIn(): boolean {
  if (!config) return true;
  try {
    const storage = globalThis.localStorage;
    if (!storage) return true;
    const prefix = `CognitoIdentityServiceProvider.${config.userPoolClientId}`;
    const user = storage.getItem(`${prefix}.LastAuthUser`) ?? "username";
    return storage.getItem(`${prefix}.${user}.accessToken`) !== null;
  } catch {
    return true;
  }
}

/**
 * Starts downloading Amplify if this device may hold a session; an anonymous visitor's
 * pages then never download it (the sign-in pages load it when they need it).
 */
export function preloadAuth(): void {
  if (mayBeSignedIn()) void loadAuth().catch(() => {});
}

/** The Cognito access token for the API (Amplify refreshes it when it expires). */
export async function getAccessToken(): Promise<string | undefined> {
  // Anonymous: no token, and no wait for Amplify before the request.
  if (!mayBeSignedIn()) return undefined;
  const { fetchAuthSession } = await loadAuth();
  try {
    const session = await fetchAuthSession();
    return session.tokens?.accessToken?.toString();
  } catch {
    return undefined;
  }
}
