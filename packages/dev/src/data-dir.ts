import { realpathSync, rmSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { DevError } from "./errors.ts";
import { REPO_ROOT } from "./paths.ts";

/** True when `dir` is `ancestor` or inside it. */
function within(dir: string, ancestor: string): boolean {
  const path = relative(ancestor, dir);
  return path !== ".." && !path.startsWith(`..${sep}`) && !isAbsolute(path);
}

/**
 * `--fresh` deletes the data folder. Refuse a folder that contains the repo or
 * the home directory (a mistyped path must not wipe either).
 */
export function wipeDataDir(dataDir: string): void {
  const target = resolve(dataDir);
  for (const precious of [REPO_ROOT, homedir()]) {
    if (within(realpathSync(precious), target)) {
      throw new DevError(
        `Refusing to wipe ${target}: it contains ${precious}. Use a dedicated data folder.`,
      );
    }
  }
  rmSync(target, { recursive: true, force: true });
}
