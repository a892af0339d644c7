import { localCloudInfo } from "@alliance/dev";
import type { TestProject } from "vitest/node";
import { startProductionSite } from "./production-site.ts";
import "./provided.ts";

/**
 * Global setup of the e2e project: the whole stack on free ports in a temp folder
 * (seeded emulators, the API and the change stream as `pnpm dev` runs them) with the
 * web app as visitors get it: the production build, its public pages rendered on the
 * server (tests/support/production-site.ts, decision 0031). Output goes to
 * `<temp>/logs`; set E2E_ECHO=1 to see it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const site = await startProductionSite({ echo: process.env.E2E_ECHO === "1" });
  const { cloud } = site;
  project.provide("webUrl", site.url);
  project.provide("apiUrl", site.apiUrl);
  project.provide("localCloud", localCloudInfo(cloud));
  project.provide("apiEnv", cloud.apiEnv);
  project.provide("cognito", {
    endpoint: cloud.endpoints.cognito,
    userPoolId: cloud.ids.userPoolId,
    clientId: cloud.ids.userPoolClientId,
    issuer: cloud.ids.tokenIssuer,
  });
  project.provide("demoUsers", site.seed.users);
  return site.stop;
}
