import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { localCloudInfo, seedDemo, startLocalCloud } from "@alliance/dev";
import type { TestProject } from "vitest/node";
import "./provided.ts";

/**
 * Global setup of the integration and bench projects: one local cloud per run,
 * on free ports, DynamoDB in memory, state in a temp folder removed afterwards.
 * The demo cities and sign-ins are seeded so tests can rely on them.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), "alliance-integration-"));
  const cloud = await startLocalCloud({ dataDir, inMemory: true });
  try {
    const seeded = await seedDemo(cloud);
    project.provide("localCloud", localCloudInfo(cloud));
    project.provide("apiEnv", cloud.apiEnv);
    project.provide("cognito", {
      endpoint: cloud.endpoints.cognito,
      userPoolId: cloud.ids.userPoolId,
      clientId: cloud.ids.userPoolClientId,
      issuer: cloud.ids.tokenIssuer,
    });
    project.provide("demoUsers", seeded.users);
  } catch (error) {
    await cloud.stop();
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return async () => {
    await cloud.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}
