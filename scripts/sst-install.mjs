#!/usr/bin/env node
/**
 * Installs SST's platform (`.sst/platform`, with the `config.d.ts` that sst.config.ts
 * and infra/ type-check against) without network access beyond npm: by default SST
 * downloads Pulumi and Bun, which fails here, so point it at the Bun from npm and skip
 * the dependency check (README, "Pinned versions"). Does nothing when the platform is
 * already there.
 *
 * Usage: node scripts/sst-install.mjs [--force]
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const configTypes = join(root, ".sst", "platform", "config.d.ts");

/** Environment under which `sst install` works offline. */
export function offlineSstEnv() {
  return {
    ...process.env,
    SST_SKIP_DEPENDENCY_CHECK: "1",
    SST_TELEMETRY_DISABLED: "1",
    SST_BUN_PATH: join(root, "node_modules", "@oven", "bun-linux-x64-baseline", "bin", "bun"),
    BUN_INSTALL_CACHE_DIR: join(root, ".cache", "bun"),
    AWS_EC2_METADATA_DISABLED: "true",
  };
}

/** Runs `sst install` unless `.sst/platform/config.d.ts` exists; returns true on success. */
export function ensureSstPlatform({ force = false } = {}) {
  if (!force && existsSync(configTypes)) return true;
  process.stderr.write("sst-install: installing SST platform (.sst/platform)…\n");
  const result = spawnSync("pnpm", ["exec", "sst", "install", "--stage", "ci"], {
    cwd: root,
    env: offlineSstEnv(),
    stdio: "inherit",
  });
  if (result.status !== 0 || !existsSync(configTypes)) {
    process.stderr.write(
      `sst-install: failed (exit ${result.status ?? result.signal}); ${configTypes} missing\n`,
    );
    return false;
  }
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit(ensureSstPlatform({ force: process.argv.includes("--force") }) ? 0 : 1);
}
