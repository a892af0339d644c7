import { setTimeout as sleep } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { describeExit, spawnChild } from "./child-process.ts";
import { DevError } from "./errors.ts";
import { groupWorkerCount } from "./process-group.ts";
import { waitUntil } from "./wait.ts";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** A parent that starts a grandchild (as tsx watch and Vite do), prints its pid, then idles. */
const PARENT = `
  const { spawn } = require("node:child_process");
  const worker = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
  console.log(worker.pid);
  console.error("parent ready");
  setInterval(() => {}, 1000);
`;

describe("spawnChild", () => {
  it("stops the whole process group, grandchildren included", async () => {
    const lines: string[] = [];
    const child = spawnChild("parent", process.execPath, ["-e", PARENT], {
      cwd: process.cwd(),
      env: process.env,
      onLine: (line) => lines.push(line),
    });
    await waitUntil(async () => lines.length >= 2, { what: "the parent to start", child });
    const worker = Number(lines.find((line) => /^\d+$/.test(line)));
    expect(alive(worker)).toBe(true);
    expect(groupWorkerCount(child.pid)).toBe(1);
    expect(child.lastOutputLine()).toBe("parent ready");

    await child.stop();
    expect(child.hasExited()).toBe(true);
    expect(child.isStopping()).toBe(true);
    await sleep(100);
    expect(alive(worker)).toBe(false);
  });

  it("reports how a process ended, with its last error line", async () => {
    const child = spawnChild(
      "API",
      process.execPath,
      ["-e", "console.error('Invalid configuration: TABLE_NAME is required'); process.exit(3)"],
      { cwd: process.cwd(), env: process.env },
    );
    const exit = await child.exited;
    expect(describeExit(child, exit)).toBe(
      "API exited with code 3: Invalid configuration: TABLE_NAME is required",
    );
  });

  it("fails at once, naming the process, when the command does not exist", () => {
    expect(() =>
      spawnChild("ghost", "/no/such/command", [], { cwd: process.cwd(), env: process.env }),
    ).toThrow("Could not start ghost (/no/such/command).");
  });
});

describe("waitUntil", () => {
  it("gives up as soon as the process it waits for exits", async () => {
    const child = spawnChild(
      "s3rver",
      process.execPath,
      ["-e", "console.error('EADDRINUSE'); process.exit(1)"],
      {
        cwd: process.cwd(),
        env: process.env,
      },
    );
    const started = Date.now();
    await expect(
      waitUntil(async () => false, { what: "s3rver", child, timeoutMs: 20_000 }),
    ).rejects.toThrow(new DevError("s3rver exited with code 1: EADDRINUSE"));
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it("names what it waited for and the last error when time is up", async () => {
    await expect(
      waitUntil(
        async () => {
          throw new Error("connect ECONNREFUSED 127.0.0.1:8000");
        },
        { what: "DynamoDB Local on port 8000", timeoutMs: 300, intervalMs: 50 },
      ),
    ).rejects.toThrow(
      "Timed out after 0 s waiting for DynamoDB Local on port 8000 (connect ECONNREFUSED 127.0.0.1:8000).",
    );
  });
});
