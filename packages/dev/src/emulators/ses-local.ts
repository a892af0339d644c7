import { join } from "node:path";
import { packageBin } from "../paths.ts";
import { answers } from "../wait.ts";
import { type Emulator, startEmulator } from "./emulator.ts";

export interface SesLocalOptions {
  port: number;
  /** Its log goes to `<dataDir>/logs`; the mails themselves live in its memory only. */
  dataDir: string;
}

/**
 * Starts aws-ses-v2-local on `port` (loopback only) and waits until it answers. It
 * takes SES v2's SendEmail as AWS does; `/` is a web inbox of what was sent and
 * `GET /store` lists the mails as JSON. A restart empties it.
 */
export async function startSesLocal(options: SesLocalOptions): Promise<Emulator> {
  return startEmulator({
    name: "aws-ses-v2-local",
    port: options.port,
    command: process.execPath,
    args: [packageBin("aws-ses-v2-local"), "--host", "127.0.0.1", "--port", String(options.port)],
    cwd: options.dataDir,
    logDir: join(options.dataDir, "logs"),
    what: `aws-ses-v2-local on port ${options.port}`,
    ready: () => answers(`http://127.0.0.1:${options.port}/store`),
  });
}
