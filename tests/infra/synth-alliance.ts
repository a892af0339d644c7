import { mkdtempSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ENV } from "@alliance/core";
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { expect, inject } from "vitest";
import "../support/provided.ts";
import { REGION } from "../../infra/platform-settings.ts";
import type { RestoredTable } from "../../infra/restored-table.ts";
import { createAlliance } from "../../stacks/alliance.ts";

/**
 * For beforeAll hooks that synthesise or run tsc: seconds on an idle 2-core machine,
 * several times that when other test projects run alongside. A bundling synth builds
 * five Lambda functions since the search function (decision 0096).
 */
export const HOOK_TIMEOUT_MS = 240_000;

/** The web app's address the synthesised app is given (`-c siteUrl=…` on the command line). */
export const TEST_SITE_URL = "https://alliance.example.eu";

/** Who receives the synthesised stage's alarms (`-c alarmEmail=…`). */
export const TEST_ALARM_EMAIL = "operations@alliance.example.eu";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

export interface SynthOptions {
  /** Run esbuild on the API function (slower); otherwise its asset is a placeholder. */
  readonly bundle?: boolean;
  readonly stage?: string;
  /** A built web app to upload (BucketDeployment); none by default. */
  readonly webAssetsDir?: string;
  /** A built render function (web/dist-server); none by default. */
  readonly webRenderDir?: string;
  /** A restored table to switch to (`-c tableName … -c tableStreamArn …`); none by default. */
  readonly restoredTable?: RestoredTable;
}

/**
 * A CDK app whose cloud assembly goes to a folder of its own in the project's folder for
 * them, which the global setup removes (tests/support/infra-setup.ts).
 */
export function testApp(context: Record<string, unknown>): App {
  return new App({ context, outdir: mkdtempSync(join(inject("cdkAssemblies"), "app-")) });
}

/**
 * Synthesises the CDK app offline, with the feature flags of cdk.json, exactly as
 * `cdk synth` does. It takes seconds, so a worker synthesises each set of options once
 * and its files share the result (the infra project keeps its modules between files,
 * decision 0116): treat the templates as read-only.
 */
export function synthAlliance(options: SynthOptions = {}): Synthesised {
  const key = JSON.stringify(options);
  let synthesised = synthesisedBy.get(key);
  if (!synthesised) {
    synthesised = synthesise(options);
    synthesisedBy.set(key, synthesised);
  }
  return synthesised;
}

type Synthesised = ReturnType<typeof synthesise>;
const synthesisedBy = new Map<string, Synthesised>();

function synthesise({
  bundle = false,
  stage = "test",
  webAssetsDir,
  webRenderDir,
  restoredTable,
}: SynthOptions = {}) {
  const cdkJson = JSON.parse(readFileSync(join(repoRoot, "cdk.json"), "utf8")) as {
    context: Record<string, unknown>;
  };
  const app = testApp({
    ...cdkJson.context,
    ...(bundle ? {} : { "aws:cdk:bundling-stacks": [] }),
  });
  const stacks = createAlliance(app, {
    stage,
    env: { account: "123456789012", region: REGION },
    repoRoot,
    publicSiteUrl: TEST_SITE_URL,
    alarmEmail: TEST_ALARM_EMAIL,
    ...(webAssetsDir ? { webAssetsDir } : {}),
    ...(webRenderDir ? { webRenderDir } : {}),
    ...(restoredTable ? { restoredTable } : {}),
  });
  const assembly = app.synth();
  return {
    stacks,
    assemblyDir: assembly.directory,
    data: Template.fromStack(stacks.data),
    auth: Template.fromStack(stacks.auth),
    api: Template.fromStack(stacks.api),
    events: Template.fromStack(stacks.events),
    schedules: Template.fromStack(stacks.schedules),
    web: Template.fromStack(stacks.web),
    operations: Template.fromStack(stacks.operations),
  };
}

/** The only resource of a type in a template, as a plain object (fails if not exactly one). */
export function onlyResource(template: Template, type: string) {
  const resources = Object.values(template.findResources(type));
  if (resources.length !== 1) {
    throw new Error(`expected exactly one ${type}, found ${resources.length}`);
  }
  return resources[0] as { Properties: Record<string, unknown> } & Record<string, unknown>;
}

/**
 * The Lambda function whose construct id is `id` (`ApiFunction`, `CertificateFunction`):
 * CDK's logical ids are the construct id and a hash. Fails unless exactly one matches.
 */
export function lambdaFunction(template: Template, id: string) {
  const found = Object.entries(template.findResources("AWS::Lambda::Function")).filter(
    ([logicalId]) => new RegExp(`^${id}[0-9A-F]{8}$`).test(logicalId),
  );
  if (found.length !== 1) throw new Error(`expected one function ${id}, found ${found.length}`);
  return found[0]?.[1] as { Properties: Record<string, unknown> } & Record<string, unknown>;
}

/** An IAM policy statement as a synthesised template holds it. */
export interface IamStatement {
  Action: string | string[];
  Resource: unknown;
  Condition?: unknown;
}

/**
 * A function that sends notification e-mail (decisions 0073, 0089): it is given the sender
 * and the origins its links are built from, and no local SES endpoint.
 */
export function expectEmailEnvironment(fn: Record<string, unknown>, sender: string) {
  const variables = (fn.Environment as { Variables: Record<string, unknown> }).Variables;
  expect(variables).toMatchObject({
    [ENV.emailFrom]: sender,
    [ENV.publicSiteUrl]: TEST_SITE_URL,
    [ENV.publicApiUrl]: TEST_SITE_URL,
  });
  expect(variables).not.toHaveProperty(ENV.sesEndpoint);
}

/** Of `statements`, the one SES grant: `ses:SendEmail` on the site's identities, as `sender` only. */
export function expectSendOnlyAs(statements: readonly IamStatement[], sender: string) {
  const actions = (statement: IamStatement) => [statement.Action].flat();
  const send = statements.filter((statement) => actions(statement).includes("ses:SendEmail"));
  expect(send.map(actions)).toEqual([["ses:SendEmail"]]);
  const resources = JSON.stringify(send[0]?.Resource);
  expect(resources).toContain(":identity/alliance.example.eu");
  expect(resources).toContain(`:identity/${sender}`);
  expect(resources).not.toContain("*");
  expect(send[0]?.Condition).toEqual({ StringEquals: { "ses:FromAddress": sender } });
}
