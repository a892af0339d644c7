import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageBin } from "../paths.ts";
import { answers } from "../wait.ts";
import { type Emulator, startEmulator } from "./emulator.ts";

export interface CognitoLocalOptions {
  port: number;
  /** cognito-local keeps its state in `.cognito/` under its working directory: this one. */
  dataDir: string;
  /** There is no e-mail locally: sign-up and reset codes reach the developer through this. */
  onCode?: (delivery: CodeDelivery) => void;
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
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
}

/** Starts cognito-local on `port` (under a second) and waits until it answers HTTP. */
export async function startCognitoLocal(options: CognitoLocalOptions): Promise<CognitoEmulator> {
  const issuerDomain = `http://localhost:${options.port}`;
  writeCognitoConfig(options.dataDir, issuerDomain);
  const emulator = await startEmulator({
    name: "cognito-local",
    port: options.port,
    command: process.execPath,
    args: [packageBin("cognito-local")],
    cwd: options.dataDir,
    // Loopback only: the emulator has no real authentication.
    env: { PORT: String(options.port), HOST: "127.0.0.1" },
    logDir: join(options.dataDir, "logs"),
    what: `cognito-local on port ${options.port}`,
    ready: () => answers(`http://127.0.0.1:${options.port}/`),
    ...(options.onCode && { onLine: codeDeliveryParser(options.onCode) }),
  });
  return { ...emulator, issuerDomain };
}
