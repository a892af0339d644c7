import { type ChildProcess, execFile, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { promisify } from "node:util";
import { DEMO_PASSWORD, DEMO_USERS, findFreePort } from "@alliance/dev";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import "../support/provided.ts";

/**
 * scripts/smoke.ts, the deployment workflow's smoke test, run as the workflow runs it (a
 * child process reading its settings from the environment) against the API's Node entry
 * (packages/api/src/server.ts, what `pnpm dev` runs) on a free port, over HTTP, signing in
 * with the Cognito emulator: the script cannot rot unnoticed.
 */
const run = promisify(execFile);
const root = join(import.meta.dirname, "..", "..");
const script = join(root, "scripts", "smoke.ts");
const cognito = inject("cognito");
const user = DEMO_USERS[0];
let api: ChildProcess;
let baseUrl: string;

beforeAll(async () => {
  const port = await findFreePort();
  api = spawn(process.execPath, ["--import", "tsx", join(root, "packages/api/src/server.ts")], {
    cwd: root,
    env: { ...process.env, ...inject("apiEnv"), API_PORT: String(port), LOG_LEVEL: "WARN" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  let output = "";
  api.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
    if (output.includes("API listening")) api.emit("listening");
  });
  await Promise.race([
    once(api, "listening"),
    once(api, "exit").then(([code]) => Promise.reject(new Error(`API exited ${code}: ${output}`))),
  ]);
  baseUrl = `http://127.0.0.1:${port}`;
}, 60_000);

afterAll(async () => {
  if (!api || api.exitCode !== null) return;
  const exited = once(api, "exit");
  api.kill("SIGTERM");
  await exited;
});

function smoke(env: Record<string, string>) {
  const settings = {
    SMOKE_BASE_URL: baseUrl,
    SMOKE_USER_POOL_CLIENT_ID: cognito.clientId,
    SMOKE_COGNITO_ENDPOINT: cognito.endpoint,
    SMOKE_USERNAME: user?.username ?? "",
    SMOKE_PASSWORD: DEMO_PASSWORD,
  };
  return run(process.execPath, ["--import", "tsx", script], {
    // Nothing else of this process's environment: the script reads only its own settings.
    env: {
      PATH: process.env.PATH,
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
      ...settings,
      ...env,
    },
    timeout: 60_000,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

describe("scripts/smoke.ts", () => {
  it("passes health, the catalogue and a signed-in read, naming each step's request id", async () => {
    const result = await smoke({});
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^ok {2}health \(\d+ ms, request id smoke-\w+-1\)$/m);
    expect(result.stdout).toMatch(/^ok {2}catalogue \(/m);
    expect(result.stdout).toMatch(/^ok {2}signed-in read \(/m);
    expect(result.stdout).toContain(`Smoke test passed against ${baseUrl}`);
  });

  it("fails when the test account cannot sign in", async () => {
    const result = await smoke({ SMOKE_PASSWORD: "not-the-password-1A" });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^FAIL sign-in failed: /);
    expect(result.stdout).toMatch(/^ok {2}catalogue/m);
  });

  it("fails at the first step when nothing answers there", async () => {
    const result = await smoke({ SMOKE_BASE_URL: `${baseUrl}/nothing-here` });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^FAIL health failed \(request id smoke-\w+-1\): status 404/);
  });

  it("names the settings it lacks", async () => {
    const result = await smoke({ SMOKE_USERNAME: "", SMOKE_PASSWORD: "" });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("Set SMOKE_USERNAME, SMOKE_PASSWORD");
  });
});
