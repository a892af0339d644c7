import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { packageBin } from "../paths.ts";
import { answers } from "../wait.ts";
import { type Emulator, startEmulator } from "./emulator.ts";

export interface S3LocalOptions {
  port: number;
  /** Objects live in `<dataDir>/s3`. */
  dataDir: string;
}

/** Starts s3rver on `port` (loopback only) and waits until it answers HTTP. */
export async function startS3Local(options: S3LocalOptions): Promise<Emulator> {
  const directory = join(options.dataDir, "s3");
  mkdirSync(directory, { recursive: true });
  return startEmulator({
    name: "s3rver",
    port: options.port,
    command: process.execPath,
    args: [packageBin("s3rver"), "-d", directory, "-a", "127.0.0.1", "-p", String(options.port)],
    cwd: options.dataDir,
    logDir: join(options.dataDir, "logs"),
    what: `s3rver on port ${options.port}`,
    ready: () => answers(`http://127.0.0.1:${options.port}/`),
  });
}
