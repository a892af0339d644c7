import { mkdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

const STALE_MS = 15_000;

/**
 * cognito-local adds a user to a group by reading the group's member list and
 * writing it back, so two additions at once can lose one (even from two test
 * processes). Group changes through the dev helpers take this lock: a directory
 * per pool, created atomically; one left by a killed process expires.
 */
export async function withGroupLock<T>(userPoolId: string, work: () => Promise<T>): Promise<T> {
  const lock = join(tmpdir(), `alliance-cognito-groups-${userPoolId.replace(/\W/g, "_")}.lock`);
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const since = await stat(lock).then(
        (info) => Date.now() - info.mtimeMs,
        () => 0,
      );
      if (since > STALE_MS) await rm(lock, { recursive: true, force: true });
      else await sleep(10 + Math.random() * 20);
    }
  }
  try {
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}
