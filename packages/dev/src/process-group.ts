import { readdirSync, readFileSync } from "node:fs";

/** True while any process is left in the group `pid` leads. */
export function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Sends `signal` to every process in the group; a group already gone is fine. */
export function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // Already gone.
  }
}

/**
 * How many other processes share the group that `pid` leads (Linux: read from
 * /proc; undefined elsewhere). `tsx watch` outlives a crashed API; this shows
 * that its worker is gone.
 */
export function groupWorkerCount(pid: number): number | undefined {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((entry) => /^\d+$/.test(entry) && Number(entry) !== pid);
  } catch {
    return undefined;
  }
  let count = 0;
  for (const entry of entries) {
    try {
      // Fields after the command's closing parenthesis: state, ppid, pgrp, ...
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(fields[2]) === pid && fields[0] !== "Z") count += 1;
    } catch {
      // The process ended while we looked.
    }
  }
  return count;
}
