import type { WebConfig } from "../../config/web-config.ts";

type AuthModule = typeof import("./amplify.ts");

let config: WebConfig | undefined;
let loading: Promise<AuthModule> | undefined;

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
      return auth;
    });
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

/** The Cognito access token for the API (Amplify refreshes it when it expires). */
export async function getAccessToken(): Promise<string | undefined> {
  const { fetchAuthSession } = await loadAuth();
  try {
    const session = await fetchAuthSession();
    return session.tokens?.accessToken?.toString();
  } catch {
    return undefined;
  }
}
