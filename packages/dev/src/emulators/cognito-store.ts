import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
} from "node:fs";
import { join, relative } from "node:path";
import { DevError } from "../errors.ts";
import { REPO_ROOT } from "../paths.ts";

/**
 * cognito-local's accounts live in `<dataDir>/.cognito/db`: one JSON file per user pool
 * (`<poolId>.json`) and the app clients (`clients.json`). Its writes are made atomic
 * (atomic-stormdb.cjs); this keeps a copy of the last good store in
 * `<dataDir>/.cognito-backup` and, before cognito-local starts, checks every file: an
 * empty or unreadable one (a crash of an older version, a full disk) is restored from
 * the copy and said so, never silently replaced by a new, empty pool.
 */
export const storeDir = (dataDir: string) => join(dataDir, ".cognito", "db");
export const backupDir = (dataDir: string) => join(dataDir, ".cognito-backup");

const CLIENTS_FILE = "clients.json";

/** Why `file` is not a usable store file, or undefined when it is. */
export function storeFileProblem(file: string, name: string): string | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return "cannot be read";
  }
  if (text.trim() === "") return "is empty";
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return "is not whole JSON";
  }
  const record = (value: unknown) =>
    typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  if (name === CLIENTS_FILE) {
    return record(record(data)?.Clients) ? undefined : "has no app clients section";
  }
  const options = record(record(data)?.Options);
  const poolId = name.replace(/\.json$/, "");
  if (options?.Id !== poolId || typeof options.Name !== "string") return "has no user pool in it";
  return record(record(data)?.Users) ? undefined : "has no users section";
}

const jsonFiles = (dir: string) =>
  existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith(".json")) : [];

/** Copies `from` over `to` so that `to` is never half-written. */
function copyAtomically(from: string, to: string): void {
  const temporary = `${to}.${process.pid}.tmp`;
  copyFileSync(from, temporary);
  renameSync(temporary, to);
}

/**
 * Before cognito-local starts: drops temporary files a crash left, then restores every
 * store file that is missing or unusable from the backup. Returns one line per file
 * restored; throws a one-line DevError when a file is unusable and has no good copy.
 */
export function repairCognitoStore(dataDir: string): string[] {
  const store = storeDir(dataDir);
  const backup = backupDir(dataDir);
  const shown = (path: string) => {
    const inRepo = relative(REPO_ROOT, path);
    return inRepo.startsWith("..") ? path : inRepo;
  };
  if (existsSync(store)) {
    for (const name of readdirSync(store).filter((entry) => entry.endsWith(".tmp"))) {
      rmSync(join(store, name), { force: true });
    }
  }
  const names = new Set([...jsonFiles(store), ...jsonFiles(backup)]);
  const restored: string[] = [];
  for (const name of [...names].sort()) {
    const file = join(store, name);
    const problem = existsSync(file) ? storeFileProblem(file, name) : "is missing";
    if (!problem) continue;
    const copy = join(backup, name);
    if (!existsSync(copy) || storeFileProblem(copy, name)) {
      throw new DevError(
        `The local Cognito store ${shown(file)} ${problem} and there is no good copy in ${shown(backup)}: move the file aside to start with a new, empty user pool (local accounts are lost), or run pnpm dev:fresh.`,
      );
    }
    mkdirSync(store, { recursive: true });
    copyAtomically(copy, file);
    const taken = statSync(copy).mtime.toISOString();
    restored.push(
      `Restored ${shown(file)} (it ${problem}) from the copy of ${taken} in ${shown(backup)}.`,
    );
  }
  return restored;
}

/**
 * Copies the store to the backup, file by file, when every file is usable; a damaged
 * store never replaces a good copy. The backup mirrors the store (a deleted pool goes).
 */
export function backUpCognitoStore(dataDir: string): void {
  const store = storeDir(dataDir);
  const names = jsonFiles(store);
  if (names.length === 0 || names.some((name) => storeFileProblem(join(store, name), name))) {
    return;
  }
  const backup = backupDir(dataDir);
  mkdirSync(backup, { recursive: true });
  for (const name of names) copyAtomically(join(store, name), join(backup, name));
  for (const name of jsonFiles(backup).filter((name) => !names.includes(name))) {
    rmSync(join(backup, name), { force: true });
  }
}
