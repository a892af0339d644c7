import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { localCloudInfo, startDevStack } from "@alliance/dev";
import type { TestProject } from "vitest/node";
import "./provided.ts";

/**
 * Global setup of the e2e project: the whole stack as `pnpm dev` runs it (API
 * under tsx, web app under Vite, seeded emulators) on free ports in a temp
 * folder. Output goes to `<temp>/logs`; set E2E_ECHO=1 to see it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = mkdtempSync(join(tmpdir(), "alliance-e2e-"));
  const stack = await startDevStack({
    dataDir,
    ports: { api: 0, web: 0, dynamodb: 0, cognito: 0, s3: 0 },
    inMemory: true,
    logLevel: "WARN",
    echo: process.env.E2E_ECHO === "1",
  }).catch((error: unknown) => {
    rmSync(dataDir, { recursive: true, force: true });
    throw error;
  });
  const teardown = async () => {
    await stack.stop();
    rmSync(dataDir, { recursive: true, force: true });
  };
  if (stack.notices.length > 0) {
    await teardown();
    throw new Error(`e2e needs the API and the web app: ${stack.notices.join(" ")}`);
  }
  const { cloud } = stack;
  project.provide("webUrl", stack.webUrl);
  project.provide("apiUrl", stack.apiUrl);
  project.provide("localCloud", localCloudInfo(cloud));
  project.provide("apiEnv", cloud.apiEnv);
  project.provide("cognito", {
    endpoint: cloud.endpoints.cognito,
    userPoolId: cloud.ids.userPoolId,
    clientId: cloud.ids.userPoolClientId,
    issuer: cloud.ids.tokenIssuer,
  });
  project.provide("demoUsers", stack.seed.users);
  return teardown;
}
