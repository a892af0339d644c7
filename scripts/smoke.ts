/**
 * The deployment's smoke test: after a deploy, proves that the stage answers as a person
 * would use it. Three reads, each with a correlation id (`X-Request-Id`: the API's logs,
 * metrics and access log carry it) so a failure can be found in the logs at once:
 *
 *   1. GET /api/health answers 200 {"status":"ok"};
 *   2. GET /api/courses (the public catalogue) answers 200 with a list;
 *   3. the smoke-test account signs in with Cognito (USER_PASSWORD_AUTH, the web app's
 *      flow) and GET /api/me answers 200 with that account's own profile.
 *
 *   SMOKE_BASE_URL=https://… SMOKE_USER_POOL_CLIENT_ID=… SMOKE_USERNAME=… \
 *   SMOKE_PASSWORD=… pnpm exec tsx scripts/smoke.ts
 *
 * SMOKE_BASE_URL is the site's address (CloudFront sends /api/* to the API) or the API's
 * own. SMOKE_COGNITO_ENDPOINT points sign-in at the local emulator; in the cloud it is
 * Cognito's in REGION. Exits 1 naming the step that failed. The GitHub workflow runs it
 * against staging and production; tests/integration/smoke.test.ts against a local API.
 */
import { randomUUID } from "node:crypto";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { REGION } from "../infra/platform-settings.ts";

export interface SmokeOptions {
  readonly baseUrl: string;
  readonly clientId: string;
  readonly username: string;
  readonly password: string;
  readonly cognitoEndpoint?: string;
  /** Ends every request id, so one run's lines can be found together. */
  readonly runId?: string;
}

export interface SmokeStep {
  readonly name: string;
  readonly requestId: string;
  readonly ms: number;
}

/** A step that failed: which, and why, with the request id to look for in the logs. */
export class SmokeFailure extends Error {}

const TIMEOUT_MS = 10_000;

async function read(url: string, requestId: string, token?: string) {
  const response = await fetch(url, {
    headers: {
      accept: "application/json",
      "x-request-id": requestId,
      ...(token && { authorization: `Bearer ${token}` }),
    },
    signal: AbortSignal.timeout(TIMEOUT_MS),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  return { status: response.status, body, echoed: response.headers.get("x-request-id") };
}

function expectThat(
  condition: unknown,
  step: string,
  requestId: string,
  detail: string,
): asserts condition {
  if (!condition) throw new SmokeFailure(`${step} failed (request id ${requestId}): ${detail}`);
}

async function signIn(options: SmokeOptions): Promise<string> {
  const cognito = new CognitoIdentityProviderClient({
    region: REGION,
    ...(options.cognitoEndpoint && {
      endpoint: options.cognitoEndpoint,
      // The emulator wants a signature it does not check; the cloud's sign-in needs none.
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  });
  try {
    const { AuthenticationResult } = await cognito.send(
      new InitiateAuthCommand({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: options.clientId,
        AuthParameters: { USERNAME: options.username, PASSWORD: options.password },
      }),
    );
    const token = AuthenticationResult?.AccessToken;
    if (!token)
      throw new SmokeFailure(
        "sign-in failed: Cognito gave no access token (a challenge is pending?)",
      );
    return token;
  } catch (error) {
    if (error instanceof SmokeFailure) throw error;
    throw new SmokeFailure(
      `sign-in failed: ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`,
    );
  } finally {
    cognito.destroy();
  }
}

/** Runs the three steps in order; throws SmokeFailure at the first that fails. */
export async function runSmoke(
  options: SmokeOptions,
  onStep: (step: SmokeStep) => void = () => {},
): Promise<SmokeStep[]> {
  const base = options.baseUrl.replace(/\/+$/, "");
  const runId = options.runId ?? randomUUID().slice(0, 8);
  const steps: SmokeStep[] = [];
  const step = async (name: string, check: (requestId: string) => Promise<void>) => {
    const requestId = `smoke-${runId}-${steps.length + 1}`;
    const started = performance.now();
    await check(requestId);
    const done = { name, requestId, ms: Math.round(performance.now() - started) };
    steps.push(done);
    onStep(done);
  };

  await step("health", async (id) => {
    const { status, body, echoed } = await read(`${base}/api/health`, id);
    expectThat(status === 200, "health", id, `status ${status}`);
    expectThat(
      (body as { status?: string }).status === "ok",
      "health",
      id,
      `body ${JSON.stringify(body)}`,
    );
    expectThat(
      echoed === id,
      "health",
      id,
      `the API answered with request id ${echoed}, not the caller's`,
    );
  });
  await step("catalogue", async (id) => {
    const { status, body } = await read(`${base}/api/courses`, id);
    expectThat(status === 200, "catalogue", id, `status ${status}`);
    expectThat(
      Array.isArray((body as { items?: unknown }).items),
      "catalogue",
      id,
      "no list of courses",
    );
  });
  const token = await signIn(options);
  await step("signed-in read", async (id) => {
    const { status, body } = await read(`${base}/api/me`, id, token);
    expectThat(status === 200, "signed-in read", id, `status ${status}`);
    const username = (body as { username?: string }).username;
    expectThat(
      username === options.username,
      "signed-in read",
      id,
      `the profile of ${username}, not of ${options.username}`,
    );
  });
  return steps;
}

function optionsFromEnv(env: NodeJS.ProcessEnv): SmokeOptions {
  const names = [
    "SMOKE_BASE_URL",
    "SMOKE_USER_POOL_CLIENT_ID",
    "SMOKE_USERNAME",
    "SMOKE_PASSWORD",
  ] as const;
  const missing = names.filter((name) => !env[name]);
  if (missing.length > 0)
    throw new SmokeFailure(`Set ${missing.join(", ")} (scripts/smoke.ts says what each is)`);
  return {
    baseUrl: env.SMOKE_BASE_URL ?? "",
    clientId: env.SMOKE_USER_POOL_CLIENT_ID ?? "",
    username: env.SMOKE_USERNAME ?? "",
    password: env.SMOKE_PASSWORD ?? "",
    ...(env.SMOKE_COGNITO_ENDPOINT && { cognitoEndpoint: env.SMOKE_COGNITO_ENDPOINT }),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  try {
    const options = optionsFromEnv(process.env);
    await runSmoke(options, ({ name, requestId, ms }) => {
      process.stdout.write(`ok  ${name} (${ms} ms, request id ${requestId})\n`);
    });
    process.stdout.write(`Smoke test passed against ${options.baseUrl}\n`);
  } catch (error) {
    process.stderr.write(`FAIL ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
