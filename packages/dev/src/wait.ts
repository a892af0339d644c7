import { setTimeout as sleep } from "node:timers/promises";
import { type Child, describeExit } from "./child-process.ts";
import { DevError, oneLine } from "./errors.ts";

export interface WaitOptions {
  /** What we wait for, for the timeout message: "DynamoDB Local to answer ListTables". */
  what: string;
  timeoutMs?: number;
  intervalMs?: number;
  /** Stop waiting as soon as this process exits: it will never become ready. */
  child?: Child;
  /** Returns a reason to give up early (checked before each poll). */
  failIf?: () => string | undefined;
}

/**
 * Polls `ready` until it resolves true. Fails with one line if the child exits
 * first (naming its last output line) or when the time is up (naming the last error).
 */
export async function waitUntil(
  ready: () => Promise<boolean>,
  options: WaitOptions,
): Promise<void> {
  const { what, timeoutMs = 30_000, intervalMs = 100, child, failIf } = options;
  const deadline = Date.now() + timeoutMs;
  let lastError = "";
  while (Date.now() < deadline) {
    if (child?.hasExited()) {
      throw new DevError(describeExit(child, await child.exited));
    }
    const reason = failIf?.();
    if (reason) throw new DevError(reason);
    try {
      if (await ready()) return;
    } catch (error) {
      lastError = oneLine(error);
    }
    await sleep(intervalMs);
  }
  const detail = lastError || child?.lastOutputLine();
  throw new DevError(
    `Timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}${detail ? ` (${detail})` : ""}.`,
  );
}

/** True once `url` answers at all (any status): the server is listening. */
export async function answers(url: string, okOnly = false): Promise<boolean> {
  const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
  await response.body?.cancel();
  return okOnly ? response.ok : true;
}
