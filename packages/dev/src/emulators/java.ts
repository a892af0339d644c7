import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { DevError } from "../errors.ts";

export const MIN_JAVA = 17;
const INSTALL_HINT = "apt-get install -y default-jre-headless";

/** The `java` to run: $JAVA_HOME's if set, else the one on PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? join(env.JAVA_HOME, "bin", "java") : "java";
}

/** Major version from `java -version` output: `"17.0.15"` → 17, `"1.8.0_292"` → 8. */
export function parseJavaMajor(output: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(output);
  if (!match) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

const verified = new Map<string, number>();

/**
 * Fails with one line saying how to install Java when it is missing or too old.
 * A success is remembered per java command: `java -version` costs a JVM start.
 */
export function assertJava(env: NodeJS.ProcessEnv = process.env): number {
  const command = javaCommand(env);
  const known = verified.get(`${command}:${env.PATH}`);
  if (known) return known;
  const result = spawnSync(command, ["-version"], { encoding: "utf8", env, timeout: 15_000 });
  if (result.error || result.status !== 0) {
    throw new DevError(`Java ${MIN_JAVA}+ is required for DynamoDB Local: ${INSTALL_HINT}`);
  }
  const major = parseJavaMajor(`${result.stderr}${result.stdout}`);
  if (major === undefined || major < MIN_JAVA) {
    throw new DevError(
      `Java ${MIN_JAVA}+ is required for DynamoDB Local (${command} is Java ${major ?? "of an unknown version"}): ${INSTALL_HINT}`,
    );
  }
  verified.set(`${command}:${env.PATH}`, major);
  return major;
}
