import { join } from "node:path";
import { type Child, spawnChild } from "../child-process.ts";
import { waitUntil } from "../wait.ts";

/** A running emulator: where to reach it, how long it took to start, how to stop it. */
export interface Emulator {
  name: string;
  endpoint: string;
  port: number;
  startupMs: number;
  child: Child;
  stop(): Promise<void>;
}

export interface EmulatorSpec {
  name: string;
  port: number;
  command: string;
  args: string[];
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Its output goes to `<logDir>/<name>.log`, kept out of the terminal. */
  logDir: string;
  /** Polled until true; a thrown error counts as "not yet". */
  ready: () => Promise<boolean>;
  what: string;
  timeoutMs?: number;
  /** Sees every output line, e.g. to pick out what the developer needs in the terminal. */
  onLine?: (line: string) => void;
}

/** Starts one emulator process and waits until it answers; stops it again if it never does. */
export async function startEmulator(spec: EmulatorSpec): Promise<Emulator> {
  const started = Date.now();
  const logName = spec.name.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  const child = spawnChild(spec.name, spec.command, spec.args, {
    cwd: spec.cwd,
    env: { ...process.env, ...spec.env },
    logFile: join(spec.logDir, `${logName}.log`),
    ...(spec.onLine && { onLine: spec.onLine }),
  });
  try {
    await waitUntil(spec.ready, {
      what: spec.what,
      child,
      ...(spec.timeoutMs && { timeoutMs: spec.timeoutMs }),
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  return {
    name: spec.name,
    endpoint: `http://localhost:${spec.port}`,
    port: spec.port,
    startupMs: Date.now() - started,
    child,
    stop: () => child.stop(),
  };
}
