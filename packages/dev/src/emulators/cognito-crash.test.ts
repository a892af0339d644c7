import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  ListUsersCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureUserPool } from "../bootstrap-auth.ts";
import { localCognito } from "../local-aws.ts";
import { findFreePort } from "../ports.ts";
import { type CognitoEmulator, startCognitoLocal } from "./cognito-local.ts";
import { storeDir } from "./cognito-store.ts";

/**
 * cognito-local killed (SIGKILL, as a crash or a closed laptop would) while it writes
 * accounts, then started again as `pnpm dev` does: every account whose creation was
 * answered before the kill is still there, in the same pool.
 */
const ROUNDS = 3;
const WRITERS = 6;
const PASSWORD = "Crash-test-2026";

let dataDir: string;
let port: number;
let running: CognitoEmulator | undefined;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "cognito-crash-"));
  port = await findFreePort();
});

afterAll(async () => {
  await running?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function start() {
  running = await startCognitoLocal({ port, dataDir });
  const client = localCognito(running.endpoint);
  const { userPoolId } = await ensureUserPool(client);
  return { client, userPoolId, emulator: running };
}

async function usernames(client: ReturnType<typeof localCognito>, UserPoolId: string) {
  const found = new Set<string>();
  let PaginationToken: string | undefined;
  do {
    const page = await client.send(new ListUsersCommand({ UserPoolId, PaginationToken }));
    for (const user of page.Users ?? []) if (user.Username) found.add(user.Username);
    PaginationToken = page.PaginationToken;
  } while (PaginationToken);
  return found;
}

describe("cognito-local killed in the middle of writes", () => {
  it("keeps every account confirmed before the kill, in the same pool, round after round", {
    timeout: 180_000,
  }, async () => {
    const confirmed: string[] = [];
    let first: string | undefined;
    for (let round = 0; round < ROUNDS; round += 1) {
      const { client, userPoolId, emulator } = await start();
      first ??= userPoolId;
      expect(userPoolId, `round ${round}`).toBe(first);
      const present = await usernames(client, userPoolId);
      expect(
        confirmed.filter((name) => !present.has(name)),
        `round ${round}`,
      ).toEqual([]);

      // Writers create and confirm accounts until the process dies under them.
      let dead = false;
      const writer = async (id: number) => {
        for (let n = 0; !dead; n += 1) {
          const Username = `crash-${round}-${id}-${n}`;
          try {
            await client.send(
              new AdminCreateUserCommand({
                UserPoolId: userPoolId,
                Username,
                MessageAction: "SUPPRESS",
              }),
            );
            await client.send(
              new AdminSetUserPasswordCommand({
                UserPoolId: userPoolId,
                Username,
                Password: PASSWORD,
                Permanent: true,
              }),
            );
            if (!dead) confirmed.push(Username);
          } catch {
            return; // the connection died with the process
          }
        }
      };
      const writers = Array.from({ length: WRITERS }, (_, id) => writer(id));
      // Kill the moment the pool file is caught rewritten in place (shorter than it has
      // been: truncated, half-written), or once enough accounts exist. Written
      // atomically, the file is never caught so.
      const file = join(storeDir(dataDir), `${userPoolId}.json`);
      const target = confirmed.length + 40;
      let largest = 0;
      while (confirmed.length < target) {
        const size = statSync(file, { throwIfNoEntry: false })?.size ?? 0;
        if (size < largest / 2) break;
        largest = Math.max(largest, size);
        await new Promise((resolve) => setImmediate(resolve));
      }
      dead = true;
      process.kill(emulator.child.pid, "SIGKILL");
      await emulator.child.exited;
      await Promise.all(writers);
      client.destroy();
      running = undefined;
    }

    const { client, userPoolId } = await start();
    expect(userPoolId).toBe(first);
    const present = await usernames(client, userPoolId);
    expect(confirmed.filter((name) => !present.has(name))).toEqual([]);
    client.destroy();
    // Stopped here, not left to afterAll: the next test starts its own on the same port,
    // and one still answering there would stand in for it (and outlive the run).
    await running?.stop();
    running = undefined;
  });

  it("restores an emptied pool file from the last good copy instead of making a new pool", {
    timeout: 60_000,
  }, async () => {
    const { client, userPoolId } = await start();
    const before = await usernames(client, userPoolId);
    client.destroy();
    await running?.stop(); // a clean stop refreshes the copy
    running = undefined;
    writeFileSync(join(storeDir(dataDir), `${userPoolId}.json`), "");

    const again = await start();
    expect(again.emulator.restored).toHaveLength(1);
    expect(again.userPoolId).toBe(userPoolId);
    expect(await usernames(again.client, again.userPoolId)).toEqual(before);
    again.client.destroy();
  });
});

describe("cognito-local in memory (a test stack's)", () => {
  it("answers as usual and writes no account to disk", { timeout: 60_000 }, async () => {
    const memoryDir = mkdtempSync(join(tmpdir(), "cognito-memory-"));
    const emulator = await startCognitoLocal({
      port: await findFreePort(),
      dataDir: memoryDir,
      inMemory: true,
    });
    try {
      const client = localCognito(emulator.endpoint);
      const { userPoolId } = await ensureUserPool(client);
      await client.send(
        new AdminCreateUserCommand({
          UserPoolId: userPoolId,
          Username: "kept-in-memory",
          MessageAction: "SUPPRESS",
        }),
      );
      expect(await usernames(client, userPoolId)).toEqual(new Set(["kept-in-memory"]));
      client.destroy();
      // stormdb makes each file when it opens it; the account goes into none of them.
      const store = storeDir(memoryDir);
      const written = readdirSync(store).map((name) => readFileSync(join(store, name), "utf8"));
      expect(written.filter((text) => text.includes("kept-in-memory"))).toEqual([]);
    } finally {
      await emulator.stop();
      rmSync(memoryDir, { recursive: true, force: true });
    }
  });
});
