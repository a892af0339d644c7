import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DevError } from "../errors.ts";
import { backUpCognitoStore, backupDir, repairCognitoStore, storeDir } from "./cognito-store.ts";

const POOL = "local_Abc123";

function pool(users: string[]) {
  return JSON.stringify({
    Users: Object.fromEntries(users.map((username) => [username, { Username: username }])),
    Options: { Id: POOL, Name: "alliance-local" },
    Groups: {},
  });
}

/** A data folder whose store holds the pool with `users` and one app client. */
function dataDirWith(users: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), "cognito-store-"));
  mkdirSync(storeDir(dataDir), { recursive: true });
  writeFileSync(join(storeDir(dataDir), `${POOL}.json`), pool(users));
  writeFileSync(join(storeDir(dataDir), "clients.json"), JSON.stringify({ Clients: {} }));
  return dataDir;
}

const poolFile = (dataDir: string) => join(storeDir(dataDir), `${POOL}.json`);
const usersIn = (file: string) => Object.keys(JSON.parse(readFileSync(file, "utf8")).Users);

describe("repairCognitoStore", () => {
  it.each([
    ["empty", ""],
    ["cut off mid-write", pool(["ana", "ben"]).slice(0, 40)],
    ["an empty object", "{}"],
  ])(
    "restores a pool file that is %s from the backup, with its users, and says so",
    (_how, text) => {
      const dataDir = dataDirWith(["ana", "ben"]);
      backUpCognitoStore(dataDir);
      writeFileSync(poolFile(dataDir), text);

      const restored = repairCognitoStore(dataDir);
      expect(restored).toHaveLength(1);
      expect(restored[0]).toMatch(new RegExp(`Restored .*${POOL}\\.json .*from the copy of`));
      expect(usersIn(poolFile(dataDir))).toEqual(["ana", "ben"]);
    },
  );

  it("stops with one line naming the file and the way out when there is no good copy", () => {
    const dataDir = dataDirWith(["ana"]);
    writeFileSync(poolFile(dataDir), "");
    let error: unknown;
    try {
      repairCognitoStore(dataDir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DevError);
    const message = (error as Error).message;
    expect(message).not.toContain("\n");
    expect(message).toContain(`${POOL}.json is empty`);
    expect(message).toMatch(/move the file aside .* or run pnpm dev:fresh/);
    // Nothing was replaced: the developer decides.
    expect(readFileSync(poolFile(dataDir), "utf8")).toBe("");
  });

  it("leaves a healthy store alone", () => {
    const dataDir = dataDirWith(["ana"]);
    backUpCognitoStore(dataDir);
    expect(repairCognitoStore(dataDir)).toEqual([]);
    expect(usersIn(poolFile(dataDir))).toEqual(["ana"]);
  });

  it("puts back a pool file that vanished and drops what a crash left half-written", () => {
    const dataDir = dataDirWith(["ana"]);
    backUpCognitoStore(dataDir);
    const leftover = join(storeDir(dataDir), `${POOL}.json.123.ab.tmp`);
    writeFileSync(leftover, "{");
    rmSync(poolFile(dataDir));
    expect(repairCognitoStore(dataDir)).toHaveLength(1);
    expect(usersIn(poolFile(dataDir))).toEqual(["ana"]);
    expect(existsSync(leftover)).toBe(false);
  });
});

describe("backUpCognitoStore", () => {
  it("never replaces a good copy with a damaged store", () => {
    const dataDir = dataDirWith(["ana"]);
    backUpCognitoStore(dataDir);
    writeFileSync(poolFile(dataDir), "");
    backUpCognitoStore(dataDir);
    expect(usersIn(join(backupDir(dataDir), `${POOL}.json`))).toEqual(["ana"]);
  });
});
