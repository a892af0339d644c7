import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import "./provided.ts";

/**
 * Global setup of the infra project: one folder for the cloud assemblies of the CDK apps
 * its files synthesise (tests/infra/synth-alliance.ts), removed once they are done. An
 * app given no `outdir` makes a `cdk.out*` folder in the system's temp folder (up to
 * 36 MB with bundled functions) and leaves it there.
 */
export default function setup(project: TestProject): () => void {
  const folder = mkdtempSync(join(tmpdir(), "alliance-cdk-"));
  project.provide("cdkAssemblies", folder);
  return () => rmSync(folder, { recursive: true, force: true });
}
