import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Bundle, bundleApiFunction, startInputs } from "../support/lambda-bundle.ts";
import { HOOK_TIMEOUT_MS } from "./synth-alliance.ts";

const outDir = mkdtempSync(join(tmpdir(), "scorm-bundle-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

let scormFunction: Bundle;
let apiFunction: Bundle;

beforeAll(async () => {
  [scormFunction, apiFunction] = await Promise.all([
    bundleApiFunction("ScormFunction", join(outDir, "scorm")),
    bundleApiFunction("ApiFunction", join(outDir, "api")),
  ]);
}, HOOK_TIMEOUT_MS);

const HEAVY = [
  /node_modules\/yauzl\//,
  /node_modules\/fast-xml-parser\//,
  /package-inspector\.ts$/,
];

describe("the SCORM function's bundle (decision 0084)", () => {
  it("holds the zip reader and the XML parser, which the API function's bundle does not", () => {
    for (const pattern of HEAVY) {
      expect(
        scormFunction.inputs.some((input) => pattern.test(input)),
        String(pattern),
      ).toBe(true);
      expect(apiFunction.inputs.filter((input) => pattern.test(input))).toEqual([]);
    }
  });

  it("is bundled in pieces: a cold start loads no domain it does not use (decision 0112)", () => {
    const atStart = startInputs(scormFunction);
    const unused = [
      "packages/core/src/events/events.ts",
      "packages/core/src/signals/observations.ts",
    ];
    expect(unused.filter((input) => scormFunction.inputs.includes(input))).toEqual(unused);
    expect(atStart.filter((input) => unused.includes(input))).toEqual([]);
  });

  it("serves only the check route: no other route file is in it", () => {
    const routeFiles = scormFunction.inputs.filter((input) =>
      input.startsWith("packages/api/src/routes/"),
    );
    expect(routeFiles).toEqual(["packages/api/src/routes/academy-course-scorm-check.ts"]);
  });
});
