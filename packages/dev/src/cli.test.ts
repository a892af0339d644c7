import { spawn } from "node:child_process";
import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PORT_ENV } from "./env.ts";
import { REPO_ROOT } from "./paths.ts";
import { findFreePort } from "./ports.ts";

/**
 * `pnpm dev` exactly as a developer types it, with the API's port already taken: the
 * terminal shows the CLI's one line and nothing from pnpm. Every port is an unusual
 * free one, so a running `pnpm dev` is not disturbed, and the taken one makes the CLI
 * stop before it starts anything.
 */
let holder: Server;
let taken: number;
const ports: Record<string, string> = {};

beforeAll(async () => {
  taken = await findFreePort();
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen({ port: taken }, resolve));
  for (const variable of Object.values(PORT_ENV)) {
    ports[variable] = String(variable === PORT_ENV.api ? taken : await findFreePort());
  }
});

afterAll(async () => {
  await new Promise((resolve) => holder.close(resolve));
});

function pnpmDev(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("pnpm", ["dev"], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...ports, FORCE_COLOR: "0" },
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    // Should the CLI ever get past the port check, stop all it started.
    const guard = setTimeout(() => child.pid && process.kill(-child.pid, "SIGTERM"), 60_000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(guard);
      resolve({ code, output });
    });
  });
}

describe("pnpm dev with a port already taken", () => {
  it("prints the CLI's one line and nothing else, and exits non-zero", {
    timeout: 90_000,
  }, async () => {
    const { code, output } = await pnpmDev();
    const lines = output.trimEnd().split("\n");
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^pnpm dev failed: Port ${taken} is taken \\(API_PORT\\)\\. Stop the other process or set API_PORT=\\d+\\.$`,
      ),
    );
    expect(code).toBe(1);
  });
});
