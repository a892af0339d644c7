import { execFile } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HOOK_TIMEOUT_MS, repoRoot } from "./synth-alliance.ts";

const run = promisify(execFile);
const script = join(repoRoot, "scripts", "typecheck-infra.mjs");
let probeDir: string;

/** A one-file SST project with infra/'s compiler settings, type-checked by the real script. */
function probeProject(name: string, memory: string) {
  writeFileSync(
    join(probeDir, `${name}.ts`),
    [
      `/// <reference path="${join(repoRoot, ".sst", "platform", "config.d.ts")}" />`,
      `export const fn = new sst.aws.Function("Probe", { handler: "probe.handler", memory: ${memory} });`,
      "",
    ].join("\n"),
  );
  const tsconfig = join(probeDir, `${name}.tsconfig.json`);
  writeFileSync(
    tsconfig,
    JSON.stringify({ extends: join(repoRoot, "infra", "tsconfig.json"), include: [`${name}.ts`] }),
  );
  return run(process.execPath, [script, "--project", tsconfig], { cwd: repoRoot }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );
}

beforeAll(async () => {
  // Inside the repo (git-ignored .cache/) so the probe resolves the repo's node_modules.
  mkdirSync(join(repoRoot, ".cache"), { recursive: true });
  probeDir = mkdtempSync(join(repoRoot, ".cache", "sst-typecheck-"));
  // Install SST's platform first (a no-op when .sst/platform is there).
  await run(process.execPath, [join(repoRoot, "scripts", "sst-install.mjs")], { cwd: repoRoot });
}, HOOK_TIMEOUT_MS);

afterAll(() => rmSync(probeDir, { recursive: true, force: true }));

describe("scripts/typecheck-infra.mjs", () => {
  // One tsc run (about 5 s): the clean path is what `pnpm typecheck` runs on infra/ itself.
  it("fails on an error in SST-typed code and reports only that error", async () => {
    const broken = await probeProject("broken", "1024");
    expect(broken.code).toBe(1);
    expect(broken.stderr).toMatch(/broken\.ts\(2,\d+\): error TS2322: Type 'number'/);
    expect(broken.stderr).toMatch(/: 1 error\(s\) in .* \([1-9]\d* in \.sst\/ ignored\)/);
  });
});
