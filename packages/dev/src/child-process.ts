import { spawn } from "node:child_process";
import { createWriteStream, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { createInterface } from "node:readline";
import { setTimeout as sleep } from "node:timers/promises";
import { groupAlive, signalGroup } from "./process-group.ts";

export interface ChildExit {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** A process the local stack started, in its own process group. */
export interface Child {
  name: string;
  pid: number;
  /** Settles when the process exits, whether or not `stop()` asked it to. */
  exited: Promise<ChildExit>;
  hasExited(): boolean;
  /** Set once `stop()` is called: its exit is then expected, not a failure. */
  isStopping(): boolean;
  /** The last non-empty line the process wrote to stderr (or stdout if none), without colours. */
  lastOutputLine(): string;
  /** Where its full output is, if it is kept. */
  logFile?: string;
  stop(): Promise<void>;
}

export interface ChildOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Appends everything the process writes to this file. */
  logFile?: string;
  /** Called for each line the process writes, e.g. to echo it with a prefix. */
  onLine?: (line: string, stream: "stdout" | "stderr") => void;
}

const ANSI = new RegExp(`${String.fromCharCode(27)}\\[[0-9;?]*[A-Za-z]`, "g");
const live = new Set<number>();

// Last resort if this process exits without calling stop() (an uncaught error):
// a detached group would otherwise outlive us and hold its port.
process.once("exit", () => {
  for (const pid of live) signalGroup(pid, "SIGTERM");
});

/**
 * Starts `command` detached, so it leads its own process group: stopping kills
 * the whole group (tsx watch and Vite start processes of their own), and a
 * Ctrl-C in the terminal reaches only our CLI, which then stops children in order.
 */
export function spawnChild(
  name: string,
  command: string,
  args: string[],
  options: ChildOptions,
): Child {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const spawnError = new Promise<Error>((resolve) => child.once("error", resolve));
  if (child.pid === undefined) throw new Error(`Could not start ${name} (${command}).`);
  const pid = child.pid;
  live.add(pid);

  let log: NodeJS.WritableStream | undefined;
  if (options.logFile) {
    mkdirSync(dirname(options.logFile), { recursive: true });
    log = createWriteStream(options.logFile, { flags: "a" });
  }
  let lastStderr = "";
  let lastStdout = "";
  for (const stream of ["stdout", "stderr"] as const) {
    createInterface({ input: child[stream], crlfDelay: Number.POSITIVE_INFINITY }).on(
      "line",
      (line) => {
        log?.write(`${line}\n`);
        const plain = line.replace(ANSI, "").trim();
        if (plain && stream === "stderr") lastStderr = plain;
        if (plain && stream === "stdout") lastStdout = plain;
        options.onLine?.(line, stream);
      },
    );
  }

  let exitedAlready = false;
  let stopping = false;
  const exited = new Promise<ChildExit>((resolve) => {
    void spawnError.then((error) => {
      lastStderr = error.message;
      exitedAlready = true;
      resolve({ code: null, signal: null });
    });
    child.once("exit", (code, signal) => {
      exitedAlready = true;
      resolve({ code, signal });
    });
  });
  void exited.then(() => {
    log?.end();
    // Forget an empty group, so its id (which the OS may reuse) is never signalled.
    if (!groupAlive(pid)) live.delete(pid);
  });

  return {
    name,
    pid,
    exited,
    hasExited: () => exitedAlready,
    isStopping: () => stopping,
    lastOutputLine: () => lastStderr || lastStdout,
    ...(options.logFile && { logFile: options.logFile }),
    async stop() {
      stopping = true;
      signalGroup(pid, "SIGTERM");
      for (let waited = 0; groupAlive(pid) && waited < 5000; waited += 50) await sleep(50);
      if (groupAlive(pid)) signalGroup(pid, "SIGKILL");
      await Promise.race([exited, sleep(2000)]);
      live.delete(pid);
    },
  };
}

/** One line saying how a child ended, for error messages. */
export function describeExit(child: Child, exit: ChildExit): string {
  const how = exit.signal ? `was killed by ${exit.signal}` : `exited with code ${exit.code}`;
  const last = child.lastOutputLine();
  const log = child.logFile ? ` (full output: ${child.logFile})` : "";
  return `${child.name} ${how}${last ? `: ${last}` : ""}${log}`;
}
