import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where things are, resolved from this file rather than the working directory:
 * `pnpm --filter @alliance/dev start` runs with cwd packages/dev, vitest with
 * cwd at the repo root, and both must find the same files.
 */
export const DEV_PACKAGE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO_ROOT = resolve(DEV_PACKAGE_DIR, "../..");
export const DEFAULT_DATA_DIR = join(REPO_ROOT, ".data");
export const API_ENTRY = join(REPO_ROOT, "packages/api/src/server.ts");
export const CHANGE_STREAM_ENTRY = join(DEV_PACKAGE_DIR, "src/change-stream-main.ts");
export const SCHEDULER_ENTRY = join(DEV_PACKAGE_DIR, "src/scheduler-main.ts");
export const WEB_DIR = join(REPO_ROOT, "web");

const requireFromDev = createRequire(join(DEV_PACKAGE_DIR, "package.json"));

/** The folder of an installed package, found the way Node would find it from packages/dev. */
export function packageDir(name: string, from = requireFromDev): string {
  return dirname(from.resolve(`${name}/package.json`));
}

/** The `bin` script of an installed package, to run with `node` and no shell wrapper. */
export function packageBin(name: string, from = requireFromDev): string {
  const manifestPath = from.resolve(`${name}/package.json`);
  const manifest = from(manifestPath) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === "string" ? manifest.bin : manifest.bin?.[name];
  if (!bin) throw new Error(`${name} has no "bin" entry in its package.json`);
  return join(dirname(manifestPath), bin);
}

/** Resolves packages as seen from another workspace folder (e.g. vite from web/). */
export function requireFrom(dir: string): NodeJS.Require {
  return createRequire(join(dir, "package.json"));
}
