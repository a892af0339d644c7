import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PRODUCTION_STAGE } from "../../infra/platform-settings.ts";
import { repoRoot } from "./synth-alliance.ts";

/**
 * The delivery workflow (decision 0042), read as GitHub reads it: the jobs, their order
 * and conditions, OIDC instead of stored keys, the GitHub environments that hold a
 * production deploy for a reviewer, and the smoke test after each deploy.
 */
interface Step {
  uses?: string;
  run?: string;
  name?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  uses?: string;
  with?: Record<string, string>;
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, Job>;
}

/** A GitHub Actions expression as written in the YAML: `${{ … }}`. */
const gh = (expression: string) => "$".concat("{{ ", expression, " }}");

const workflowsDir = join(repoRoot, ".github", "workflows");
const text = (name: string) => readFileSync(join(workflowsDir, name), "utf8");
const delivery = parse(text("delivery.yml")) as Workflow;
const deployStage = parse(text("deploy-stage.yml")) as Workflow & {
  on: { workflow_call: { inputs: Record<string, unknown> } };
};
const deploy = deployStage.jobs.deploy as Job;
const steps = (job: Job) => job.steps ?? [];
const runs = (job: Job) => steps(job).flatMap((step) => (step.run ? [step.run] : []));

describe("the delivery workflow", () => {
  it("runs on pull requests and on pushes to main, and may only read the repository", () => {
    expect(delivery.on).toEqual({ pull_request: null, push: { branches: ["main"] } });
    expect(delivery.permissions).toEqual({ contents: "read" });
  });

  it("installs, lints and tests every change with the project's CI script", () => {
    expect(delivery.jobs.check?.if).toBeUndefined();
    expect(runs(delivery.jobs.check as Job)).toEqual(["bash .ci/run"]);
    // .ci/run installs with the lockfile, then `pnpm test` lints, type-checks and tests.
    expect(text("../../.ci/run")).toMatch(/pnpm install --frozen-lockfile\n[\s\S]*\npnpm test\n/);
  });

  it("shows a pull request's infrastructure change with cdk diff, signed in by OIDC", () => {
    const diff = delivery.jobs.diff as Job;
    expect(diff.if).toBe("github.event_name == 'pull_request'");
    expect(diff.permissions).toEqual({ contents: "read", "id-token": "write" });
    expect(oidcStep(diff).with?.["role-to-assume"]).toMatch(/^\$\{\{ vars\.\w+ \}\}$/);
    expect(runs(diff).join("\n")).toMatch(/^pnpm exec cdk diff --all/m);
  });

  it("deploys main to staging after the checks, then production after staging", () => {
    const staging = delivery.jobs.staging as Job;
    expect(staging.if).toBe("github.event_name == 'push' && github.ref == 'refs/heads/main'");
    expect(staging.needs).toBe("check");
    expect(staging).toMatchObject({
      uses: "./.github/workflows/deploy-stage.yml",
      with: { stage: "staging" },
    });
    const production = delivery.jobs.production as Job;
    expect(production.needs).toBe("staging");
    expect(production).toMatchObject({
      uses: "./.github/workflows/deploy-stage.yml",
      with: { stage: PRODUCTION_STAGE },
    });
    for (const job of [staging, production]) {
      expect(job.permissions).toEqual({ contents: "read", "id-token": "write" });
    }
  });

  it("deploys in the GitHub environment named like the stage, whose reviewers hold production", () => {
    // The required reviewers are the environment's setting on GitHub (README, Operations).
    expect(deployStage.on.workflow_call.inputs).toHaveProperty("stage");
    expect(deploy.environment?.name).toBe(gh("inputs.stage"));
    expect(deployStage.permissions).toEqual({ contents: "read", "id-token": "write" });
  });

  it("signs in to AWS by OIDC only: a role to assume, never an access key", () => {
    expect(oidcStep(deploy).with?.["role-to-assume"]).toBe(gh("vars.AWS_DEPLOY_ROLE_ARN"));
    for (const file of ["delivery.yml", "deploy-stage.yml"]) {
      expect(text(file)).not.toMatch(
        /aws-access-key-id|aws-secret-access-key|AWS_ACCESS_KEY|AWS_SECRET|AWS_SESSION_TOKEN/i,
      );
    }
    for (const step of [...steps(deploy), ...steps(delivery.jobs.diff as Job)]) {
      if (step.uses) expect(step.uses).toMatch(/^[\w-]+\/[\w-]+@v\d+$/);
    }
  });

  it("deploys with the context the CDK app reads, then runs the smoke test with its settings", () => {
    const app = readFileSync(join(repoRoot, "stacks", "bin", "app.ts"), "utf8");
    const deploys = runs(deploy).filter((run) => run.includes("cdk deploy"));
    expect(deploys).toHaveLength(2);
    for (const run of deploys) {
      for (const [, key] of run.matchAll(/-c (\w+)=/g))
        expect(app).toContain(`tryGetContext("${key}")`);
    }
    const last = steps(deploy).at(-1) as Step;
    expect(last.run).toBe("pnpm exec tsx scripts/smoke.ts");
    const smoke = readFileSync(join(repoRoot, "scripts", "smoke.ts"), "utf8");
    for (const name of Object.keys(last.env ?? {})) expect(smoke).toContain(`"${name}"`);
    expect(last.env).toMatchObject({
      SMOKE_USERNAME: gh("secrets.SMOKE_USERNAME"),
      SMOKE_PASSWORD: gh("secrets.SMOKE_PASSWORD"),
    });
  });
});

function oidcStep(job: Job): Step {
  const found = steps(job).filter((step) =>
    step.uses?.startsWith("aws-actions/configure-aws-credentials@"),
  );
  expect(found).toHaveLength(1);
  return found[0] as Step;
}
