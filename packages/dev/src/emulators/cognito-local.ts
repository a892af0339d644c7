import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { packageBin } from "../paths.ts";
import { answers } from "../wait.ts";
import { backUpCognitoStore, repairCognitoStore } from "./cognito-store.ts";
import { type Emulator, startEmulator } from "./emulator.ts";

/** Preloaded into cognito-local: its store's writes become atomic (see the file). */
const ATOMIC_WRITES = fileURLToPath(new URL("./atomic-stormdb.cjs", import.meta.url));

export interface CognitoLocalOptions {
  port: number;
  /** cognito-local keeps its state in `.cognito/` under its working directory: this one. */
  dataDir: string;
  /** There is no e-mail locally: sign-up and reset codes reach the developer through this. */
  onCode?: (delivery: CodeDelivery) => void;
  /**
   * Accounts live only as long as the process (a test stack's, as DynamoDB Local's
   * `-inMemory`): the store is never written, so nothing is backed up either. cognito-local
   * rewrites the whole pool after every change, which cost a test run with thousands of
   * accounts more than a minute of CPU.
   */
  inMemory?: boolean;
}

export interface CodeDelivery {
  username: string;
  destination: string;
  code: string;
}

const FIELD = /(Username|Destination|Code):\s+(\S+)/;

/**
 * cognito-local "delivers" codes by logging a box with Username, Destination and
 * Code lines; this turns those lines back into one delivery per code.
 */
export function codeDeliveryParser(onCode: (delivery: CodeDelivery) => void) {
  let partial: Partial<CodeDelivery> = {};
  return (line: string) => {
    const match = FIELD.exec(line);
    if (!match?.[1] || !match[2]) return;
    const key = match[1].toLowerCase() as keyof CodeDelivery;
    partial[key] = match[2];
    if (key === "code") {
      onCode({
        username: partial.username ?? "?",
        destination: partial.destination ?? "?",
        code: match[2],
      });
      partial = {};
    }
  };
}

export interface CognitoEmulator extends Emulator {
  /** Prefix of the token issuer; the issuer is `<issuerDomain>/<userPoolId>`. */
  issuerDomain: string;
  /** Store files restored from the backup before it started, one line each. */
  restored: string[];
}

/**
 * cognito-local stamps tokens with the issuer in `.cognito/config.json`, not the
 * address it is called on, so write it for the port in use. Empty
 * UsernameAttributes keeps plain usernames (its default makes them emails).
 * Other settings a developer put in the file are kept.
 */
export function writeCognitoConfig(dataDir: string, issuerDomain: string): void {
  const folder = join(dataDir, ".cognito");
  mkdirSync(folder, { recursive: true });
  const file = join(folder, "config.json");
  let config: Record<string, unknown> = {};
  try {
    config = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch {
    // No file yet (or an unreadable one): start from an empty config.
  }
  const section = (key: string) => (config[key] ?? {}) as Record<string, unknown>;
  config.TokenConfig = { ...section("TokenConfig"), IssuerDomain: issuerDomain };
  config.UserPoolDefaults = { ...section("UserPoolDefaults"), UsernameAttributes: [] };
  // Written aside, then renamed: a crash never leaves half a file.
  writeFileSync(`${file}.tmp`, `${JSON.stringify(config, null, 2)}\n`);
  renameSync(`${file}.tmp`, file);
}

/**
 * Starts cognito-local on `port` (under a second) and waits until it answers HTTP. Its
 * store is checked first (a damaged file is restored from the backup, or start-up stops
 * with one line saying how to recover), and backed up once it runs and after it stops.
 */
export async function startCognitoLocal(options: CognitoLocalOptions): Promise<CognitoEmulator> {
  const inMemory = options.inMemory ?? false;
  const restored = inMemory ? [] : repairCognitoStore(options.dataDir);
  const issuerDomain = `http://localhost:${options.port}`;
  writeCognitoConfig(options.dataDir, issuerDomain);
  const emulator = await startEmulator({
    name: "cognito-local",
    port: options.port,
    command: process.execPath,
    args: ["--require", ATOMIC_WRITES, packageBin("cognito-local")],
    cwd: options.dataDir,
    // Loopback only: the emulator has no real authentication.
    env: {
      PORT: String(options.port),
      HOST: "127.0.0.1",
      ...(inMemory && { ALLIANCE_COGNITO_IN_MEMORY: "1" }),
    },
    logDir: join(options.dataDir, "logs"),
    what: `cognito-local on port ${options.port}`,
    ready: () => answers(`http://127.0.0.1:${options.port}/`),
    ...(options.onCode && { onLine: codeDeliveryParser(options.onCode) }),
  });
  if (!inMemory) backUpCognitoStore(options.dataDir);
  return {
    ...emulator,
    issuerDomain,
    restored,
    async stop() {
      await emulator.stop();
      if (!inMemory) backUpCognitoStore(options.dataDir);
    },
  };
}
