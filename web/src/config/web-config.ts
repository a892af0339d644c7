import { WEB_ENV } from "@alliance/core/web";

/** Sign-in settings of this deployment, read once from the build-time variables. */
export interface WebConfig {
  userPoolId: string;
  userPoolClientId: string;
  /** The Cognito emulator's address; undefined means real Cognito. */
  userPoolEndpoint: string | undefined;
}

export class WebConfigError extends Error {
  constructor(readonly missing: string[]) {
    super(`The web app was built without ${missing.join(", ")}. Set them when building.`);
    this.name = "WebConfigError";
  }
}

export type Env = Record<string, string | boolean | undefined>;

/** A build variable's value, trimmed; undefined when unset or blank. */
export function text(env: Env, name: string): string | undefined {
  const value = env[name];
  return typeof value === "string" && value.trim() !== "" ? value.trim() : undefined;
}

/** Reads and checks the variables; throws a WebConfigError naming every missing one. */
export function readWebConfig(env: Env): WebConfig {
  const userPoolId = text(env, WEB_ENV.userPoolId);
  const userPoolClientId = text(env, WEB_ENV.userPoolClientId);
  const userPoolEndpoint = text(env, WEB_ENV.userPoolEndpoint);
  if (!userPoolId || !userPoolClientId) {
    const missing: string[] = [];
    if (!userPoolId) missing.push(WEB_ENV.userPoolId);
    if (!userPoolClientId) missing.push(WEB_ENV.userPoolClientId);
    throw new WebConfigError(missing);
  }
  if (userPoolEndpoint && !/^https?:\/\//.test(userPoolEndpoint)) {
    throw new WebConfigError([`${WEB_ENV.userPoolEndpoint} (not a URL: ${userPoolEndpoint})`]);
  }
  return { userPoolId, userPoolClientId, userPoolEndpoint };
}
