import type { LocalCloudInfo, SeededUser } from "@alliance/dev";

/**
 * What the global setups hand to tests through `inject(...)`. Declared once here,
 * imported by both setups so the names cannot drift.
 */
declare module "vitest" {
  export interface ProvidedContext {
    /** Endpoints, ids and the API's and web app's env against the emulators. */
    localCloud: LocalCloudInfo;
    /** The API's environment (core's ENV names), e.g. for `createAppFromEnv`. */
    apiEnv: Record<string, string>;
    /** Where to sign in: for the SDK, Amplify or a hand-made token's claims. */
    cognito: { endpoint: string; userPoolId: string; clientId: string; issuer: string };
    /** The seeded demo sign-ins with their Cognito subjects (see DEMO_USERS for passwords). */
    demoUsers: SeededUser[];
    /** e2e only: the running web app and API. */
    webUrl: string;
    apiUrl: string;
    /** infra only: where the tests' CDK apps write their cloud assemblies. */
    cdkAssemblies: string;
  }
}
