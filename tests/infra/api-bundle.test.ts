import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { coldSearch, FUNCTION_ENV } from "../bench/support/api-probe.ts";
import {
  type Bundle,
  bundleApiFunction,
  bytesBySource,
  sourceOf,
  startBytes,
  startInputs,
} from "../support/lambda-bundle.ts";
import { HOOK_TIMEOUT_MS, repoRoot } from "./synth-alliance.ts";

/**
 * The API function's size budget (decision 0051): its code, minified as CDK and SST
 * bundle it, and what each package may bring. A cold start compiles the whole file, so
 * bytes are start-up time: a heavy dependency that creeps in (a PDF engine, a second SDK,
 * a logging library, a locale table) fails here, by name, rather than slowing every
 * cold start unnoticed. Raising a budget is a choice: say why in a decision record.
 * Sizes, never times: nothing here depends on the machine's load.
 */
/**
 * 1 750 000 before events; events' time zones and calendar files added 138 KiB (decision
 * 0056); the signals' screen for phone numbers and IBANs 160 KiB (decision 0070); the
 * signals' and notifications' routes and schemas about 20 KiB of the platform's own code;
 * saved searches, item translations and SCORM packages' routes about 12 KiB more: 2 130 000.
 * Exchange search moved to a function of its own (decision 0096): MiniSearch, its stemmers
 * and stop words left, about 310 KiB; measured 1 803 753 bytes then.
 * ElectroDB takes lib-dynamodb's ten commands by name (decision 0105): the other DynamoDB
 * commands, the aggregated clients and paginators left, about 57 KB; measured 1 749 470
 * bytes then.
 * Bundled in pieces (decision 0109): a cold start loads index.mjs and the chunks it
 * imports statically, without any domain's use cases, any route, the S3 and Cognito
 * clients or the libraries only they use; measured 892 648 bytes then.
 * Without any domain's zod schemas, zod-openapi or classic zod (decision 0112): the
 * entities read their value lists from zod-free taxonomy files, the app and its groups
 * are plain Hono, configuration uses zod's mini build; measured 776 118 bytes then, and
 * the budget is that plus 3 %. Issue 15's goal, 1 MB, is the ceiling.
 */
const TOTAL_BUDGET_BYTES = 799_000;
const GOAL_BYTES = 1_000_000;

/** KiB each package may bring to the whole bundle, chunks included (a little above what it brings now). */
const PACKAGE_BUDGET_KIB: Record<string, number> = {
  electrodb: 200,
  zod: 200, // English messages only (decision 0027)
  "@smithy/core": 150,
  "@aws-sdk/client-s3": 110,
  "@aws-sdk/client-dynamodb": 38, // the ten commands ElectroDB sends (decision 0105)
  "@aws-sdk/nested-clients": 65, // the credential chain's STS and SSO clients
  "@aws-sdk/core": 48,
  "@aws-sdk/client-cognito-identity-provider": 40,
  hono: 38,
  "@asteasolutions/zod-to-openapi": 32,
  jsonschema: 31, // ElectroDB's, loaded only by a validation (patched, decision 0051)
  "@aws-sdk/lib-dynamodb": 9, // named imports only (decision 0105)
  "aws-jwt-verify": 19,
  "@aws-sdk/checksums": 14,
  // The SDK's browser user-agent parser: esbuild makes a chunk of each `import()`, this
  // one's in code that never runs on Node, so never loaded (decision 0109).
  bowser: 35,
  "csv-stringify": 12,
  "@aws-lambda-powertools/metrics": 12,
  "@aws-sdk/middleware-sdk-s3": 12,
  "@smithy/signature-v4": 11,
  luxon: 75, // events' venue time zones (decision 0055)
  // The next four are bundled but evaluated on first use only (dynamic imports, decision 0098).
  yup: 40, // ics's own validation of each calendar event (decision 0056)
  ics: 30, // events' calendar files and feed (decision 0056)
  "libphonenumber-js": 145, // phone numbers in observations' notes, every country (decision 0070)
  ibantools: 19, // IBANs in observations' notes (decision 0070)
};

/** What any other package may bring: the SDK's small middleware packages and the like. */
const OTHER_PACKAGE_KIB = 9;

/** Packages the API function must not hold at all (their decisions say why). */
const BANNED = [
  "pdf-lib", // the certificate function's (decision 0028)
  "@pdf-lib/fontkit",
  "@aws-lambda-powertools/logger", // our own log line (decision 0027)
  "aws-sdk", // v2
  "@aws-sdk/client-sts", // the credential chain uses nested-clients
  "minisearch", // exchange search is the search function's (decision 0096)
  "@orama/stemmers",
  "@orama/stopwords",
];

/**
 * Packages bundled but evaluated on first use only (decision 0098), and the modules of
 * ours that stand for them: a static import of any of them from elsewhere would leave the
 * file's size as it is and bring their evaluation back into every cold start.
 */
const ON_FIRST_USE = ["libphonenumber-js", "ibantools", "ics", "yup"];
const ON_FIRST_USE_MODULES = ["packages/core/src/signals/screening-libraries.ts"];

/**
 * Packages in the bundle's chunks only, which a cold start does not load (decision 0109):
 * they come with a domain (luxon with events, csv-stringify with the audit log) or with
 * the S3 and Cognito clients, made on first use.
 */
const NOT_AT_START = [
  ...ON_FIRST_USE,
  "luxon",
  "csv-stringify",
  "@aws-sdk/client-s3",
  "@aws-sdk/client-cognito-identity-provider",
  "@aws-sdk/s3-request-presigner",
  // The routes' OpenAPI layer: with the first route group or the document (decision 0112).
  "@hono/zod-openapi",
  "@asteasolutions/zod-to-openapi",
];

/**
 * Modules a cold start must not load either (decision 0112): any domain's zod schemas (an
 * entity that imports its domain's `schemas.ts` for a value list brings them all back)
 * and classic zod, which only routes and use cases need; the configuration's check uses
 * zod's mini build, which shares zod's core.
 */
const NOT_AT_START_MODULES = [
  /^packages\/core\/src\/(?:[\w-]+\/)+(?:[\w-]+-)?schemas\.ts$/,
  /\/node_modules\/zod\/v4\/classic\//,
];

const outDir = mkdtempSync(join(tmpdir(), "api-bundle-"));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

let api: Bundle;
let sources: [string, number][];
beforeAll(async () => {
  api = await bundleApiFunction("ApiFunction", join(outDir, "api"));
  sources = bytesBySource(api);
}, HOOK_TIMEOUT_MS);

const isPackage = (source: string) => !source.startsWith("packages/");

describe("the API function's size budget (decision 0051)", () => {
  it(`keeps what a cold start loads within ${TOTAL_BUDGET_BYTES} bytes (decision 0109)`, () => {
    expect(startBytes(api)).toBeLessThanOrEqual(TOTAL_BUDGET_BYTES);
    expect(startBytes(api)).toBeLessThanOrEqual(GOAL_BYTES);
    // index.mjs and its static chunks, beside the chunks loaded on first use.
    expect(api.startOutputs.length).toBeGreaterThan(1);
    expect(statSync(api.file).size).toBeLessThan(startBytes(api));
  });

  it("loads no route, no domain's use cases or schemas and none of their own packages at a cold start (decisions 0109, 0112)", () => {
    const atStart = startInputs(api);
    // Use-case files by name, in a domain (taxonomy/ holds value lists, events.ts among them).
    const useCases =
      /^packages\/api\/src\/routes\/|^packages\/core\/src\/(?!taxonomy\/)[\w-]+\/(index|items|authoring|catalogue|events|lessons|observations|requests|posts|people|own-profile)\.ts$/;
    expect(atStart.filter((input) => useCases.test(input))).toEqual([]);
    expect(atStart.filter((input) => NOT_AT_START.includes(sourceOf(input)))).toEqual([]);
    const outOfStart = (input: string) => NOT_AT_START_MODULES.some((module) => module.test(input));
    expect(atStart.filter(outOfStart)).toEqual([]);
    // They are in the bundle's other chunks, so that the checks check something.
    const all = Object.keys(api.metafile.inputs);
    expect(all.filter((input) => useCases.test(input)).length).toBeGreaterThan(60);
    const bundled = new Set(bytesBySource(api, "all").map(([source]) => source));
    expect(NOT_AT_START.filter((name) => !bundled.has(name))).toEqual([]);
    expect(
      NOT_AT_START_MODULES.filter((module) => !all.some((input) => module.test(input))),
    ).toEqual([]);
  });

  it("answers a route group's first request and the OpenAPI document from the built bundle (decision 0112)", async () => {
    // Each in a cold process: the first group loaded must find zod's `.openapi()` added,
    // though the app at start holds no zod-openapi. DynamoDB is a closed port: 503.
    const env = { ...FUNCTION_ENV, DYNAMODB_ENDPOINT: "http://127.0.0.1:9" };
    const answers = await Promise.all(
      ["/api/courses", "/api/events", "/api/openapi.json", "/api/health"].map(
        async (path) => `${path} ${(await coldSearch(api.file, env, path)).status}`,
      ),
    );
    expect(answers).toEqual([
      "/api/courses 503",
      "/api/events 503",
      "/api/openapi.json 200",
      "/api/health 200",
    ]);
  }, 120_000);

  it("keeps each package within its budget", () => {
    const over = bytesBySource(api, "all")
      .filter(([source]) => isPackage(source))
      .filter(([source, bytes]) => bytes / 1024 > (PACKAGE_BUDGET_KIB[source] ?? OTHER_PACKAGE_KIB))
      .map(([source, bytes]) => `${source}: ${Math.ceil(bytes / 1024)} KiB`);
    expect(over).toEqual([]);
  });

  it("holds none of the packages it must not hold", () => {
    const held = new Set(bytesBySource(api, "all").map(([source]) => source));
    expect(BANNED.filter((name) => held.has(name))).toEqual([]);
  });

  it("imports the packages it evaluates on first use only dynamically (decision 0098)", () => {
    const packageOf = (input: string) =>
      /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];
    const onFirstUse = (input: string) =>
      ON_FIRST_USE.includes(packageOf(input) ?? "") || ON_FIRST_USE_MODULES.includes(input);
    const inputs = Object.entries(api.metafile.inputs);
    const staticImports = inputs
      .filter(([file]) => !onFirstUse(file))
      .flatMap(([file, { imports }]) =>
        imports
          .filter(({ path, kind }) => onFirstUse(path) && kind !== "dynamic-import")
          .map(({ path }) => `${file} -> ${path}`),
      );
    expect(staticImports).toEqual([]);
    // And each is still there, behind its dynamic import, so that the check checks something.
    const dynamic = inputs.flatMap(([, { imports }]) =>
      imports.filter(({ kind }) => kind === "dynamic-import").map(({ path }) => path),
    );
    expect(ON_FIRST_USE_MODULES.every((module) => dynamic.includes(module))).toBe(true);
    expect(dynamic.some((path) => packageOf(path) === "ics")).toBe(true);
  });

  it("takes lib-dynamodb's commands by name, never the whole package (decision 0105)", () => {
    const dynamoDb = /@aws-sdk\/(lib|client)-dynamodb\//;
    const inputs = Object.entries(api.metafile.inputs);
    // A `require` (ElectroDB's, before our patch) takes every export and evaluates it.
    const required = inputs.flatMap(([file, { imports }]) =>
      imports
        .filter(({ path, kind }) => dynamoDb.test(path) && kind === "require-call")
        .map(({ path }) => `${file} -> ${path}`),
    );
    expect(required).toEqual([]);
    // Nor what no one sends: the aggregated clients, the SDK's paginators, other commands
    // (esbuild reads them through the packages' indexes and leaves them out; lib-dynamodb's
    // two paginators stay, a call at their top level).
    const bundled = Object.values(api.metafile.outputs).flatMap((output) =>
      Object.entries(output.inputs)
        .filter(([, { bytesInOutput }]) => bytesInOutput > 0)
        .map(([file]) => file),
    );
    const unsent =
      /lib-dynamodb\/dist-es\/DynamoDBDocument\.js|client-dynamodb\/dist-es\/(DynamoDB\.js|pagination\/|commands\/(CreateTable|DescribeExport|ExecuteStatement)Command)/;
    expect(bundled.filter((file) => unsent.test(file))).toEqual([]);
    // The commands ElectroDB sends are there, so that the check checks something.
    expect(
      bundled.some((file) => /lib-dynamodb\/dist-es\/commands\/GetCommand\.js$/.test(file)),
    ).toBe(true);
  });

  it("ships source maps of positions without the sources' text (decision 0105)", () => {
    // Node parses each file's whole map as it loads the file (LAMBDA_NODE_OPTIONS).
    const maps = api.startOutputs.map(
      (output) =>
        JSON.parse(readFileSync(join(repoRoot, `${output}.map`), "utf8")) as {
          sources: string[];
          mappings: string;
          sourcesContent?: unknown;
        },
    );
    expect(maps.reduce((sum, map) => sum + map.sources.length, 0)).toBeGreaterThan(100);
    expect(maps.reduce((sum, map) => sum + map.mappings.length, 0)).toBeGreaterThan(0);
    for (const map of maps) expect(map.sourcesContent).toBeUndefined();
  });

  it("measures what it budgets: the sources add up to the files, and each budget is used", () => {
    const counted = sources.reduce((sum, [, bytes]) => sum + bytes, 0);
    // The rest is esbuild's own: the banner, the module wrappers and the exports.
    expect(counted).toBeGreaterThan(startBytes(api) * 0.95);
    // A budget of a package that left the bundle would hide its return: drop the budget.
    const held = new Set(bytesBySource(api, "all").map(([source]) => source));
    expect(Object.keys(PACKAGE_BUDGET_KIB).filter((name) => !held.has(name))).toEqual([]);
  });
});
