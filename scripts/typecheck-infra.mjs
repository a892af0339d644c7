#!/usr/bin/env node
/**
 * Type-checks the SST app (sst.config.ts and infra/*.ts) against SST's generated platform
 * types, offline. SST's own sources under `.sst/` do not type-check under this repo's
 * compiler settings and @types/node, so errors located there are dropped; every other
 * error fails the check (README, "Pinned versions").
 *
 * Usage: node scripts/typecheck-infra.mjs [--project <tsconfig>]   (default: infra/tsconfig.json)
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureSstPlatform } from "./sst-install.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const projectFlag = process.argv.indexOf("--project");
const project = projectFlag > 0 ? process.argv[projectFlag + 1] : "infra/tsconfig.json";

const DIAGNOSTIC_START = /^(?:\S.*\(\d+,\d+\): )?error TS\d+:/;

/**
 * Splits tsc's `--pretty false` output into diagnostics (a line `file(l,c): error TSn: …`
 * and the indented lines after it) and other lines (e.g. pnpm's own messages).
 * @param {string} output
 * @returns {{ diagnostics: string[], other: string[] }}
 */
export function splitDiagnostics(output) {
  /** @type {string[]} */
  const diagnostics = [];
  /** @type {string[]} */
  const other = [];
  let inDiagnostic = false;
  for (const line of output.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    if (DIAGNOSTIC_START.test(line)) {
      diagnostics.push(line);
      inDiagnostic = true;
    } else if (inDiagnostic && /^\s/.test(line)) {
      diagnostics[diagnostics.length - 1] += `\n${line}`;
    } else {
      other.push(line);
      inDiagnostic = false;
    }
  }
  return { diagnostics, other };
}

/**
 * True when the diagnostic is located in SST's generated platform (`.sst/…`).
 * @param {string} diagnostic
 */
export function isInSstPlatform(diagnostic) {
  return (
    /^(?:\.\/)?\.sst[\\/]/.test(diagnostic) ||
    /[\\/]\.sst[\\/]/.test(diagnostic.split("(")[0] ?? "")
  );
}

function main() {
  if (!project) {
    process.stderr.write("typecheck-infra: --project needs a tsconfig path\n");
    return 2;
  }
  if (!ensureSstPlatform()) return 1;
  const started = Date.now();
  const result = spawnSync("pnpm", ["exec", "tsc", "-p", project, "--pretty", "false"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error || result.status === null) {
    process.stderr.write(`typecheck-infra: tsc did not run: ${result.error ?? result.signal}\n`);
    return 1;
  }
  const { diagnostics, other } = splitDiagnostics(`${result.stdout}\n${result.stderr}`);
  const real = diagnostics.filter((diagnostic) => !isInSstPlatform(diagnostic));
  const ignored = diagnostics.length - real.length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (real.length > 0) {
    process.stderr.write(`${real.join("\n")}\n`);
    process.stderr.write(
      `typecheck-infra: ${real.length} error(s) in ${project} (${ignored} in .sst/ ignored)\n`,
    );
    return 1;
  }
  if (result.status !== 0 && ignored === 0) {
    process.stderr.write(`${other.join("\n")}\n`);
    process.stderr.write(`typecheck-infra: tsc exited ${result.status} without diagnostics\n`);
    return 1;
  }
  process.stdout.write(
    `typecheck-infra: OK, ${project} type-checks (${ignored} diagnostic(s) in .sst/ ignored, ${seconds}s)\n`,
  );
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.exit(main());
}
