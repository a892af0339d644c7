import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEDULED_FUNCTION } from "../../infra/platform-settings.ts";
import { type Bundle, bundleFunction, shippedBytes } from "../support/lambda-bundle.ts";
import { HOOK_TIMEOUT_MS } from "./synth-alliance.ts";

/**
 * The scheduled function's bundle (decisions 0078, 0089, 0090), built as CDK and SST build
 * it (no loaders: SCHEDULED_FUNCTION has none, so a font or other file imported on its
 * path fails here before it fails a deploy). It runs a few times an hour, so its size is
 * not a request's cold start; the budget catches a heavy dependency creeping in.
 * 2.10 MB when the digest and xapi-retry joined (core's whole service, SES, `@xapi/xapi`).
 */
const BUDGET_BYTES = 2_300_000;

const outDir = mkdtempSync(join(tmpdir(), "scheduled-bundle-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

let bundle: Bundle;
beforeAll(async () => {
  bundle = await bundleFunction(SCHEDULED_FUNCTION.entry, outDir);
}, HOOK_TIMEOUT_MS);

const holds = (pattern: RegExp) => bundle.inputs.some((input) => pattern.test(input));

describe("the scheduled function's bundle", () => {
  it("builds without loaders and stays within its budget", () => {
    expect(shippedBytes(bundle)).toBeLessThan(BUDGET_BYTES);
  });

  it("holds what its jobs send with: SES and the user pool (the digest), the xAPI client and Secrets Manager (xapi-retry)", () => {
    for (const pattern of [
      /node_modules\/@aws-sdk\/client-sesv2\//,
      /node_modules\/@aws-sdk\/client-cognito-identity-provider\//,
      /node_modules\/@xapi\/xapi\//,
      /node_modules\/@aws-sdk\/client-secrets-manager\//,
      /packages\/core\/src\/notifications\/daily-digest\.ts$/,
    ]) {
      expect(holds(pattern), String(pattern)).toBe(true);
    }
  });

  it("serves no HTTP: no route, no Hono app, no PDF engine", () => {
    expect(bundle.inputs.filter((input) => input.startsWith("packages/api/src/routes/"))).toEqual(
      [],
    );
    expect(holds(/node_modules\/hono\//)).toBe(false);
    expect(holds(/node_modules\/pdf-lib\//)).toBe(false);
  });
});
