import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { homedir, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { wipeDataDir } from "./data-dir.ts";
import { REPO_ROOT } from "./paths.ts";

describe("wipeDataDir", () => {
  it("deletes a data folder and everything in it", () => {
    const dir = join(mkdtempSync(join(tmpdir(), "wipe-")), ".data");
    mkdirSync(join(dir, "dynamodb"), { recursive: true });
    writeFileSync(join(dir, "dynamodb", "shared-local-instance.db"), "x");
    wipeDataDir(dir);
    expect(existsSync(dir)).toBe(false);
  });

  it("accepts a folder that does not exist", () => {
    expect(() => wipeDataDir(join(tmpdir(), "never-created-data-dir"))).not.toThrow();
  });

  it.each([REPO_ROOT, dirname(REPO_ROOT), "/", homedir()])("refuses %s", (dir) => {
    expect(() => wipeDataDir(dir)).toThrow(/^Refusing to wipe/);
  });
});
